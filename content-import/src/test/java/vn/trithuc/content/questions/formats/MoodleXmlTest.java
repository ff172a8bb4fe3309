package vn.trithuc.content.questions.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import vn.trithuc.content.questions.Grader;
import vn.trithuc.content.questions.Question;
import vn.trithuc.content.questions.QuestionType;

class MoodleXmlTest {

    static ImportedQuestions read(String name) throws IOException {
        try (InputStream in = MoodleXmlTest.class.getResourceAsStream("/questions/moodle/xml/" + name)) {
            return MoodleXml.read(in, name);
        }
    }

    @Test
    void multipleChoiceWithImagesAndFeedback() throws IOException {
        ImportedQuestions imported = read("multichoice.xml");
        assertThat(imported.skipped()).isEmpty();
        ImportedQuestions.Item item = imported.items().get(0);
        assertThat(item.name()).isEqualTo("Greeting");
        assertThat(item.category()).isEqualTo("$course$/Default for testhead/Multichoice");
        Question q = item.question();
        assertThat(q.type()).isEqualTo(QuestionType.SINGLE_CHOICE);
        assertThat(q.prompt()).contains("Listen to this greeting:", "What language is being spoken?").doesNotContain("<");
        assertThat(q.options()).extracting(Question.Option::text).contains("[British Flag] English", "[French flag] French");
        assertThat(q.options().get(1).feedback()).isEqualTo("Yes, well done!");
        assertThat(Grader.grade(q, "b").correct()).isTrue();
    }

    @Test
    void trueFalseEssayAndNestedCategories() throws IOException {
        assertThat(read("truefalse.xml").items()).hasSize(2).allMatch(i -> i.question().type() == QuestionType.TRUE_FALSE);
        ImportedQuestions nested = read("nested_categories_with_questions.xml");
        assertThat(nested.skipped()).isEmpty();
        assertThat(nested.items()).hasSize(5);
        assertThat(nested.items()).extracting(ImportedQuestions.Item::category).contains("$course$/Iota");
        assertThat(nested.items()).anyMatch(i -> i.question().type() == QuestionType.ESSAY);
        assertThat(read("html_chars_in_idnumbers.xml").items()).hasSize(1);
    }

    @Test
    void invalidGradesAreReportedWithTheQuestionAndTheGrade() throws IOException {
        ImportedQuestions imported = read("error_invalid_grades.xml");
        assertThat(imported.items()).isEmpty();
        assertThat(imported.skipped()).singleElement().satisfies(s -> {
            assertThat(s.item()).isEqualTo("Question with <strong>invalid grades</strong> : x > 1 & x < 2");
            assertThat(s.reason()).startsWith("invalid grade 33 % for the answer \"2\"");
        });
    }

    @Test
    void malformedXmlAndEntitiesStopTheFileWithItsLine() {
        String broken = "<?xml version=\"1.0\"?>\n<quiz>\n  <question type=\"essay\">\n</quiz>\n";
        assertThatThrownBy(() -> MoodleXml.read(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)), "hong.xml"))
                .isInstanceOf(QuestionFileException.class).hasMessageStartingWith("hong.xml: line 4: malformed XML");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE quiz [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><quiz>&x;</quiz>";
        assertThatThrownBy(() -> MoodleXml.read(new ByteArrayInputStream(xxe.getBytes(StandardCharsets.UTF_8)), "xxe.xml"))
                .isInstanceOf(QuestionFileException.class).hasMessageContaining("DOCTYPE");
        assertThatThrownBy(() -> MoodleXml.read(new ByteArrayInputStream("<html/>".getBytes(StandardCharsets.UTF_8)), "trang.xml"))
                .hasMessageContaining("not a Moodle XML question file");
    }

    @Test
    void vietnameseShortAnswerNumericMatchingAndUnsupportedTypes() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <quiz>
                  <question type="shortanswer"><name><text>Thủ đô</text></name>
                    <questiontext format="html"><text><![CDATA[<p>Thủ đô của Việt Nam?</p>]]></text></questiontext>
                    <usecase>0</usecase>
                    <answer fraction="100"><text>Hà Nội</text></answer>
                    <answer fraction="50"><text>Thăng Long</text><feedback><text>Tên cũ.</text></feedback></answer>
                  </question>
                  <question type="numerical"><name><text>Năm</text></name>
                    <questiontext><text>Năm dời đô?</text></questiontext>
                    <answer fraction="100"><text>1010</text><tolerance>0</tolerance></answer>
                    <answer fraction="50"><text>1010</text><tolerance>5</tolerance></answer>
                  </question>
                  <question type="matching"><name><text>Ghép</text></name>
                    <questiontext><text>Ghép di tích với quận</text></questiontext>
                    <subquestion><text>Chùa Một Cột</text><answer><text>Ba Đình</text></answer></subquestion>
                    <subquestion><text>Văn Miếu</text><answer><text>Đống Đa</text></answer></subquestion>
                    <subquestion><text></text><answer><text>Hoàn Kiếm</text></answer></subquestion>
                  </question>
                  <question type="calculated"><name><text>Tính</text></name><questiontext><text>{a}+{b}?</text></questiontext></question>
                  <question type="description"><name><text>Giới thiệu</text></name><questiontext><text>Đọc kỹ.</text></questiontext></question>
                </quiz>
                """;
        ImportedQuestions imported = MoodleXml.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "vi.xml");
        assertThat(imported.items()).hasSize(3);
        Question capital = imported.items().get(0).question();
        assertThat(Grader.grade(capital, "hà nội").fraction()).isEqualTo(1.0);
        assertThat(Grader.grade(capital, "Thăng Long").fraction()).isEqualTo(0.5);
        Question year = imported.items().get(1).question();
        assertThat(Grader.grade(year, 1012).fraction()).isEqualTo(0.5);
        Question match = imported.items().get(2).question();
        assertThat(match.targets()).hasSize(3);
        assertThat(imported.skipped()).extracting(ImportedQuestions.Skipped::item).containsExactly("Tính", "Giới thiệu");
        assertThat(imported.skipped().get(0).reason()).contains("\"calculated\"");
    }
}
