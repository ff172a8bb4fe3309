package vn.trithuc.content.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TextDiffTest {

    @Test
    void changedWordsAreMarkedInsideTheLine() {
        List<TextDiff.Row> rows = TextDiff.rows("Hồ Gươm ở quận Hoàn Kiếm.\nCầu Thê Húc.", "Hồ Gươm ở trung tâm quận Hoàn Kiếm.\nCầu Thê Húc.");

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).change()).isEqualTo("change");
        assertThat(rows.get(0).after()).contains("<ins>trung tâm").doesNotContain("<del>");
        assertThat(rows.get(1).change()).isEqualTo("equal");
    }

    @Test
    void markupInTheTextIsEscaped() {
        List<TextDiff.Row> rows = TextDiff.rows("a", "<script>alert(1)</script>");

        assertThat(rows.get(0).after()).contains("&lt;script&gt;").doesNotContain("<script>");
    }
}
