package vn.trithuc.content.questions.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import vn.trithuc.content.questions.Grader;

class AikenTest {

    private static String fixture(String name) throws IOException {
        try (InputStream in = AikenTest.class.getResourceAsStream("/questions/moodle/aiken/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void questionsWithTheirAnswer() throws IOException {
        ImportedQuestions imported = Aiken.read(fixture("questions.aiken.txt"), "questions.aiken.txt");
        assertThat(imported.skipped()).isEmpty();
        assertThat(imported.items()).hasSize(2);
        assertThat(Grader.grade(imported.items().get(0).question(), "B").correct()).isTrue();
        assertThat(imported.items().get(1).question().prompt()).contains("<html class=\"cool\"> & images");
    }

    @Test
    void eachMalformedQuestionIsReportedWithItsLineAndTheGoodOnesImport() throws IOException {
        ImportedQuestions imported = Aiken.read(fixture("aiken_errors.txt"), "aiken_errors.txt");
        assertThat(imported.items()).extracting(ImportedQuestions.Item::name).containsExactly("A good question", "A second good question");
        assertThat(imported.items().get(1).question().options()).extracting(o -> o.text()).containsExactly("Incorrect (No space)", "Correct (No space)");
        assertThat(imported.skipped()).extracting(s -> s.line() + ": " + s.reason()).containsExactly(
                "1: a question needs at least two options, A) and B)",
                "5: an option without a question before it",
                "7: an ANSWER line without a question before it",
                "14: the question has no ANSWER line");
    }
}
