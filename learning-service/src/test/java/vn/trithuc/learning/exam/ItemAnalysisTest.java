package vn.trithuc.learning.exam;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ItemAnalysisTest {

    static final ItemAnalysis.Item CHOICE = new ItemAnalysis.Item(2, "Mật khẩu nào an toàn nhất?", "single-choice", List.of(
            new ItemAnalysis.Option("a", "Hoa-sen", true), new ItemAnalysis.Option("b", "12345678", false),
            new ItemAnalysis.Option("c", "HaNoi1990", false)));

    /** Ten attempts: questions 1 and 3 are right for the strong half; question 2 only for the weak; question 4 is noise. */
    static List<ItemAnalysis.Response> seeded() {
        List<ItemAnalysis.Response> responses = new ArrayList<>();
        for (long a = 1; a <= 10; a++) {
            boolean strong = a <= 5;
            responses.add(new ItemAnalysis.Response(a, 1, 2, strong ? 1.0 : 0.0, Set.of()));
            responses.add(new ItemAnalysis.Response(a, 2, 1, strong ? 0.0 : 1.0, Set.of(strong ? "b" : "a")));
            responses.add(new ItemAnalysis.Response(a, 3, 2, strong ? 1.0 : 0.0, Set.of()));
            responses.add(new ItemAnalysis.Response(a, 4, 1, a % 2 == 0 ? 1.0 : 0.0, Set.of()));
        }
        return responses;
    }

    @Test
    void facilityDiscriminationAndDistractors() {
        var stats = ItemAnalysis.analyse(seeded(), Map.of(2L, CHOICE));
        var q1 = stats.stream().filter(s -> s.questionId() == 1).findFirst().orElseThrow();
        var q2 = stats.stream().filter(s -> s.questionId() == 2).findFirst().orElseThrow();
        assertThat(q1.responses()).isEqualTo(10);
        assertThat(q1.facility()).isEqualTo(0.5);
        assertThat(q1.discrimination()).isGreaterThan(0.5);
        assertThat(q1.upperLower()).isEqualTo(1.0);
        assertThat(q1.flags()).isEmpty();

        assertThat(q2.discrimination()).isLessThan(0);
        assertThat(q2.upperLower()).isEqualTo(-1.0);
        assertThat(q2.flags()).containsExactlyInAnyOrder("negative-discrimination", "unused-distractor", "distractor-attracts-strong");
        var b = q2.distractors().get(1);
        assertThat(b.chosen()).isEqualTo(5);
        assertThat(b.overall()).isEqualTo(0.5);
        assertThat(b.upper()).isEqualTo(1.0);
        assertThat(b.lower()).isEqualTo(0.0);
        assertThat(q2.distractors().get(2).chosen()).isZero();
    }

    @Test
    void fewResponsesAreShownButNotJudged() {
        var stats = ItemAnalysis.analyse(seeded().subList(0, 9), Map.of());
        assertThat(stats).allSatisfy(s -> assertThat(s.flags()).containsExactly("few-responses"));
    }

    @Test
    void aDistractorChosenMoreThanTheKeySuggestsAWrongKey() {
        var flags = ItemAnalysis.flags(20, 0.3, 0.3, List.of(new ItemAnalysis.Distractor("a", "A", true, 6, 0.3, 0.3, 0.3),
                new ItemAnalysis.Distractor("b", "B", false, 14, 0.7, 0.6, 0.8)));
        assertThat(flags).containsExactly("distractor-beats-key");
    }

    @Test
    void correlationNeedsVariation() {
        assertThat(ItemAnalysis.correlation(new double[] {1, 1, 1}, new double[] {0.2, 0.5, 0.9})).isNull();
        assertThat(ItemAnalysis.correlation(new double[] {0, 1}, new double[] {0, 1})).isEqualTo(1.0);
    }
}
