package vn.trithuc.content.questions.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import vn.trithuc.content.questions.Grader;
import vn.trithuc.content.questions.Question;
import vn.trithuc.content.questions.QuestionType;

class GiftTest {

    static String fixture(String name) throws IOException {
        try (InputStream in = GiftTest.class.getResourceAsStream("/questions/moodle/gift/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Map<String, Question> byName(ImportedQuestions imported) {
        return imported.items().stream().collect(Collectors.toMap(ImportedQuestions.Item::name, ImportedQuestions.Item::question,
                (a, b) -> a, java.util.LinkedHashMap::new));
    }

    @Test
    void moodlesFixtureQuestionsMapToEveryType() throws IOException {
        ImportedQuestions imported = Gift.read(fixture("questions.gift.txt"), "questions.gift.txt");
        assertThat(imported.skipped()).isEmpty();
        Map<String, Question> q = byName(imported);
        assertThat(q.get("Q8").type()).isEqualTo(QuestionType.ESSAY);
        Question matching = q.get("Moodle activities");
        assertThat(matching.type()).isEqualTo(QuestionType.MATCHING);
        assertThat(matching.prompt()).isEqualTo("Match the activity to the description.");
        assertThat(matching.options()).hasSize(4);
        assertThat(matching.targets()).extracting(Question.Option::text).contains("Chat"); // a distractor
        Question colours = q.get("colours");
        assertThat(colours.type()).isEqualTo(QuestionType.MULTIPLE_CHOICE);
        assertThat(Grader.grade(colours, List.of("a", "c")).fraction()).isEqualTo(1.0);
        assertThat(Grader.grade(colours, List.of("a", "b")).fraction()).isZero();
        Question q2 = q.get("Q2");
        assertThat(q2.type()).isEqualTo(QuestionType.SINGLE_CHOICE);
        assertThat(q2.options().get(0).feedback()).isEqualTo("right; good!");
        assertThat(q2.options().get(1).text()).isEqualTo("red");
        Question q5 = q.get("Q5");
        assertThat(q5.type()).isEqualTo(QuestionType.NUMERIC);
        assertThat(Grader.grade(q5, 4.5).correct()).isTrue();
        assertThat(Grader.grade(q5, 6).correct()).isFalse();
        Question animal = q.get("Shortanswer");
        assertThat(Grader.grade(animal, "frog").fraction()).isEqualTo(1.0);
        assertThat(Grader.grade(animal, "Cat").fraction()).isEqualTo(0.5);
        assertThat(Grader.grade(animal, "dog").fraction()).isZero();
        Question q1 = q.get("Q1");
        assertThat(q1.key().truth()).isFalse();
        assertThat(q1.feedback()).contains("Hitchiker's Guide");
        assertThat(imported.items()).filteredOn(i -> i.name().equals("2-08 TSL")).hasSize(2)
                .allMatch(i -> Boolean.TRUE.equals(i.question().key().truth()));
    }

    @Test
    void theFormatDocumentationExamplesAllImport() throws IOException {
        ImportedQuestions imported = Gift.read(fixture("examples.gift.txt"), "examples.gift.txt");
        assertThat(imported.skipped()).isEmpty();
        assertThat(imported.items()).hasSizeGreaterThan(40);
        Question missingWord = imported.items().stream().map(ImportedQuestions.Item::question)
                .filter(x -> x.prompt().startsWith("Grant is " + Gift.GAP)).findFirst().orElseThrow();
        assertThat(missingWord.prompt()).isEqualTo("Grant is _____ in Grant's tomb.");
        assertThat(Grader.grade(missingWord, "b").correct()).isTrue();
        Question control = byName(imported).get("GIFT Control Characters");
        assertThat(control.options()).extracting(Question.Option::text).containsExactly("~", "=", "#", "{", "}", "\\");
        // {#3.1415:0.0005} and the range {#3.141..3.142} are the same question
        List<Question> pi = imported.items().stream().map(ImportedQuestions.Item::question)
                .filter(x -> x.prompt().startsWith("What is the value of pi")).toList();
        assertThat(pi).hasSize(2).allSatisfy(x -> {
            assertThat(x.key().number()).isEqualTo(3.1415, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(x.key().tolerance()).isEqualTo(0.0005, org.assertj.core.data.Offset.offset(1e-9));
        });
        Question numeric = byName(imported).get("Numerical example");
        assertThat(Grader.grade(numeric, 1822).fraction()).isEqualTo(1.0);
        assertThat(Grader.grade(numeric, 1823).fraction()).isEqualTo(0.5);
        Question hometown = imported.items().stream().filter(i -> i.name().startsWith("Jesus' hometown (Short"))
                .map(ImportedQuestions.Item::question).findFirst().orElseThrow();
        assertThat(Grader.grade(hometown, "Nazereth").fraction()).isEqualTo(0.75);
    }

    @Test
    void categoriesAndHtmlTextAreKept() throws IOException {
        ImportedQuestions imported = Gift.read(fixture("questions_in_category.gift.txt"), "questions_in_category.gift.txt");
        assertThat(imported.skipped()).isEmpty();
        assertThat(imported.items()).hasSize(4).allMatch(i -> "$course$/Default for New Features".equals(i.category()));
        Question greeting = byName(imported).get("Greeting");
        assertThat(greeting.prompt()).contains("Listen to this greeting:").doesNotContain("<a ");
    }

    @Test
    void everyQuestionSurvivesARoundTrip() throws IOException {
        for (String file : List.of("questions.gift.txt", "examples.gift.txt", "questions_in_category.gift.txt")) {
            ImportedQuestions first = Gift.read(fixture(file), file);
            List<ImportedQuestions.Skipped> notWritten = new ArrayList<>();
            String written = Gift.write(first.items(), notWritten);
            assertThat(notWritten).isEmpty();
            ImportedQuestions second = Gift.read(written, "written.gift");
            assertThat(second.skipped()).as(file).isEmpty();
            assertThat(second.items()).as(file).hasSameSizeAs(first.items());
            for (int i = 0; i < first.items().size(); i++) {
                assertThat(second.items().get(i).question()).as(file + " " + first.items().get(i).name())
                        .isEqualTo(first.items().get(i).question());
                assertThat(second.items().get(i).category()).isEqualTo(first.items().get(i).category());
            }
        }
    }

    @Test
    void vietnameseQuestionsAndClearErrors() {
        ImportedQuestions imported = Gift.read("""
                // Kỹ năng số
                $CATEGORY: Kỹ năng số/Mật khẩu

                ::Mật khẩu::Mật khẩu nào an toàn nhất?{
                  ~12345678#Quá dễ đoán.
                  =Hoa-sen-no-thang-6#Dài và dễ nhớ.
                }

                Chỉ có lời giới thiệu, không có câu hỏi.

                ::Hai lớp::Xác thực hai lớp dùng mã {=OTP =mã OTP} gửi về điện thoại.
                """, "ky-nang-so.gift");
        assertThat(imported.items()).hasSize(2).allMatch(i -> i.category().equals("Kỹ năng số/Mật khẩu"));
        assertThat(imported.skipped()).singleElement().satisfies(s -> {
            assertThat(s.line()).isEqualTo(9);
            assertThat(s.reason()).contains("description");
        });
        Question gap = imported.items().get(1).question();
        assertThat(gap.prompt()).isEqualTo("Xác thực hai lớp dùng mã _____ gửi về điện thoại.");
        assertThat(Grader.grade(gap, "otp").correct()).isTrue();

        assertThatThrownBy(() -> Gift.read("Câu hỏi thứ nhất {=a ~b}\n\n::Hỏng::Chưa đóng {=a ~b\n", "hong.gift"))
                .isInstanceOf(QuestionFileException.class).hasMessage("hong.gift: line 3: an answer block opened with { is never closed");
        ImportedQuestions bad = Gift.read("Số? {#mười}\n", "so.gift");
        assertThat(bad.skipped()).singleElement().satisfies(s -> assertThat(s.reason()).contains("\"mười\" is not a number"));
    }
}
