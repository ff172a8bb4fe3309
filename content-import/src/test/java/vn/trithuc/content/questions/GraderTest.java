package vn.trithuc.content.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.trithuc.content.questions.Question.Comparison;
import vn.trithuc.content.questions.Question.Key;
import vn.trithuc.content.questions.Question.Option;

class GraderTest {

    private static final List<Option> ABCD = List.of(new Option("a", "Hà Nội"), new Option("b", "Huế"),
            new Option("c", "Sài Gòn"), new Option("d", "Đà Nẵng"));

    private static Question q(QuestionType type, String prompt, List<Option> options, List<Option> targets, Key key) {
        Question question = new Question(type, prompt, options, targets, key, null);
        assertThat(question.problems()).as("well-formed").isEmpty();
        return question;
    }

    @Test
    void singleChoiceAndTrueFalse() {
        Question single = q(QuestionType.SINGLE_CHOICE, "Thủ đô?", ABCD, null, Key.choices(List.of("a")));
        assertThat(Grader.grade(single, "a").fraction()).isEqualTo(1.0);
        assertThat(Grader.grade(single, "b").fraction()).isZero();
        assertThatThrownBy(() -> Grader.grade(single, "z")).isInstanceOf(Grader.InvalidResponse.class).hasMessageContaining("not an option");
        assertThatThrownBy(() -> Grader.grade(single, List.of("a"))).isInstanceOf(Grader.InvalidResponse.class);
        Question tf = q(QuestionType.TRUE_FALSE, "Hồ Gươm ở Hà Nội.", null, null, Key.truth(true));
        assertThat(Grader.grade(tf, true).correct()).isTrue();
        assertThat(Grader.grade(tf, false).correct()).isFalse();
        assertThatThrownBy(() -> Grader.grade(tf, "true")).isInstanceOf(Grader.InvalidResponse.class);
    }

    @Test
    void multipleChoiceGivesPartialCreditAndPenalisesWrongChoices() {
        Question multiple = q(QuestionType.MULTIPLE_CHOICE, "Thành phố trực thuộc trung ương?", ABCD, null,
                Key.choices(List.of("a", "c", "d")));
        assertThat(Grader.grade(multiple, List.of("a", "c", "d")).fraction()).isEqualTo(1.0);
        assertThat(Grader.grade(multiple, List.of("a")).fraction()).isCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Grader.grade(multiple, List.of("a", "b")).fraction()).isZero(); // 1/3 − 1/1, floored
        assertThat(Grader.grade(multiple, List.of("a", "b", "c", "d")).fraction()).isZero();
        assertThat(Grader.grade(multiple, List.of()).fraction()).isZero();
        assertThatThrownBy(() -> Grader.grade(multiple, List.of("a", "a"))).isInstanceOf(Grader.InvalidResponse.class);
    }

    @Test
    void shortAnswersIgnoreCaseSpacingAndDiacriticsWhenAskedTo() {
        Question vi = q(QuestionType.SHORT_ANSWER, "Thủ đô của Việt Nam?", null, null,
                Key.answers(Comparison.VIETNAMESE, List.of("Hà Nội")));
        for (String answer : List.of("Hà Nội", "ha noi", "  HÀ   NỘI ", "Ha Noi.", "hà nội")) {
            assertThat(Grader.grade(vi, answer).correct()).as(answer).isTrue();
        }
        assertThat(Grader.grade(vi, "Hải Phòng").correct()).isFalse();
        assertThat(Grader.grade(vi, "").correct()).isFalse();
        Question exact = q(QuestionType.SHORT_ANSWER, "Viết tắt?", null, null, Key.answers(Comparison.EXACT, List.of("CNTT")));
        assertThat(Grader.grade(exact, "cntt").correct()).isFalse();
        Question caseless = q(QuestionType.SHORT_ANSWER, "Viết tắt?", null, null, Key.answers(Comparison.IGNORE_CASE, List.of("CNTT")));
        assertThat(Grader.grade(caseless, " cntt ").correct()).isTrue();
        assertThat(Grader.grade(caseless, "cñtt").correct()).isFalse();
    }

    @Test
    void numbersWithinToleranceAndAVietnameseDecimalComma() {
        Question n = q(QuestionType.NUMERIC, "Số quận, huyện, thị xã của Hà Nội?", null, null, Key.number(30, 0));
        assertThat(Grader.grade(n, 30).correct()).isTrue();
        assertThat(Grader.grade(n, "30").correct()).isTrue();
        assertThat(Grader.grade(n, 29).correct()).isFalse();
        Question pi = q(QuestionType.NUMERIC, "Số pi?", null, null, Key.number(3.14, 0.01));
        assertThat(Grader.grade(pi, "3,14").correct()).isTrue();
        assertThat(Grader.grade(pi, 3.15).correct()).isTrue();
        assertThat(Grader.grade(pi, 3.2).correct()).isFalse();
        for (Object bad : new Object[] {"ba", "1e", "NaN", true, List.of(3)}) {
            assertThatThrownBy(() -> Grader.grade(pi, bad)).as(String.valueOf(bad)).isInstanceOf(Grader.InvalidResponse.class);
        }
    }

    @Test
    void matchingOrderingAndGapsCountEachPart() {
        Question match = q(QuestionType.MATCHING, "Nối di tích với quận", List.of(new Option("1", "Chùa Một Cột"),
                        new Option("2", "Văn Miếu")),
                List.of(new Option("x", "Ba Đình"), new Option("y", "Đống Đa")), Key.matching(Map.of("1", "x", "2", "y")));
        assertThat(Grader.grade(match, Map.of("1", "x", "2", "y")).fraction()).isEqualTo(1.0);
        assertThat(Grader.grade(match, Map.of("1", "x", "2", "x")).fraction()).isEqualTo(0.5);
        assertThat(Grader.grade(match, Map.of("1", "x")).fraction()).isEqualTo(0.5);
        assertThatThrownBy(() -> Grader.grade(match, Map.of("1", "z"))).isInstanceOf(Grader.InvalidResponse.class);

        Question order = q(QuestionType.ORDERING, "Xếp theo thời gian", List.of(new Option("l", "Lý"), new Option("t", "Trần"),
                new Option("h", "Hậu Lê")), null, Key.choices(List.of("l", "t", "h")));
        assertThat(Grader.grade(order, List.of("l", "t", "h")).correct()).isTrue();
        assertThat(Grader.grade(order, List.of("t", "l", "h")).fraction()).isCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThatThrownBy(() -> Grader.grade(order, List.of("l", "t"))).isInstanceOf(Grader.InvalidResponse.class);

        Question gaps = q(QuestionType.FILL_IN_BLANKS, "Hồ {1} ở quận {2}.", null, null,
                Key.gaps(Comparison.VIETNAMESE, List.of(List.of("Gươm", "Hoàn Kiếm"), List.of("Hoàn Kiếm"))));
        assertThat(gaps.gaps()).isEqualTo(2);
        assertThat(Grader.grade(gaps, List.of("guom", "hoan kiem")).correct()).isTrue();
        assertThat(Grader.grade(gaps, List.of("Tây", "Hoàn Kiếm")).fraction()).isEqualTo(0.5);
        assertThatThrownBy(() -> Grader.grade(gaps, List.of("Gươm"))).isInstanceOf(Grader.InvalidResponse.class);
    }

    @Test
    void essaysWaitForAPersonAndKeysStayOnTheServer() {
        Question essay = q(QuestionType.ESSAY, "Trình bày lợi ích của dịch vụ công trực tuyến.", null, null,
                Key.rubric("Nêu ít nhất ba lợi ích"));
        Grader.Grade grade = Grader.grade(essay, "Tiết kiệm thời gian…");
        assertThat(grade.graded()).isFalse();
        assertThat(essay.withoutKey().key()).isNull();
        assertThatThrownBy(() -> Grader.grade(essay.withoutKey(), "x")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void malformedQuestionsAreReported() {
        assertThat(new Question(QuestionType.SINGLE_CHOICE, "?", ABCD, null, Key.choices(List.of("a", "b")), null).problems())
                .anyMatch(p -> p.contains("exactly one correct"));
        assertThat(new Question(QuestionType.FILL_IN_BLANKS, "Không có chỗ trống", null, null,
                Key.gaps(Comparison.EXACT, List.of(List.of("x"))), null).problems()).isNotEmpty();
        assertThat(new Question(QuestionType.NUMERIC, "?", null, null, null, null).problems()).contains("the question has no answer key");
        assertThat(QuestionType.of("single-choice")).isEqualTo(QuestionType.SINGLE_CHOICE);
        assertThat(QuestionType.of("hotspot")).isNull();
    }
}
