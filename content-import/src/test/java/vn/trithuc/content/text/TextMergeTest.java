package vn.trithuc.content.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextMergeTest {

    private static final String BASE = """
            # Hà Nội
            Thủ đô của Việt Nam.

            ## Lịch sử
            Thăng Long được lập năm 1010.

            ## Ẩm thực
            Phở, bún chả.
            """;

    @Test
    void changesToDifferentParagraphsMerge() {
        String theirs = BASE.replace("Thủ đô của Việt Nam.", "Thủ đô của nước Cộng hoà xã hội chủ nghĩa Việt Nam.");
        String yours = BASE.replace("Phở, bún chả.", "Phở, bún chả, chả cá Lã Vọng.");

        TextMerge.Result result = TextMerge.merge(BASE, theirs, yours);

        assertThat(result.isClean()).isTrue();
        assertThat(result.merged()).contains("nước Cộng hoà xã hội chủ nghĩa Việt Nam", "chả cá Lã Vọng");
    }

    @Test
    void changesToTheSameLineConflictWithBothVersions() {
        String theirs = BASE.replace("năm 1010", "vào năm 1010 dưới thời Lý Thái Tổ");
        String yours = BASE.replace("năm 1010", "năm 1010 (Canh Tuất)");

        TextMerge.Result result = TextMerge.merge(BASE, theirs, yours);

        assertThat(result.isClean()).isFalse();
        assertThat(result.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.base()).isEqualTo("Thăng Long được lập năm 1010.\n");
            assertThat(c.theirs()).contains("Lý Thái Tổ");
            assertThat(c.yours()).contains("Canh Tuất");
            assertThat(c.baseStartLine()).isEqualTo(5);
        });
    }

    @Test
    void identicalChangesOnBothSidesAreNotAConflict() {
        String same = BASE.replace("Phở", "Phở Hà Nội");
        assertThat(TextMerge.merge(BASE, same, same).merged()).isEqualTo(same);
    }
}
