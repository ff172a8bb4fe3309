package vn.trithuc.content.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void plainTextOfSanitisedHtml() {
        assertThat(SearchText.plainText("<h2 id=\"x\">Lịch sử</h2><p>Hà&nbsp;Nội &amp; <em>Thăng Long</em> &#34;1010&#34;</p>"))
                .isEqualTo("Lịch sử Hà Nội & Thăng Long \"1010\"");
    }

    @Test
    void headingsOfMarkdown() {
        assertThat(SearchText.headings("# Hà Nội\n\nThủ đô.\n\n## Lịch sử ##\nx\n")).isEqualTo("Hà Nội\nLịch sử\n");
    }

    @Test
    void snippetsHighlightFoldedMatchesAndEscapeTheRest() {
        String text = "Mở đầu dài. ".repeat(30) + "Thủ đô <Hà Nội> có Hồ Gươm; hạ lưu sông Hồng.";
        String snippet = SearchText.snippet(text, "ha noi", 120);
        assertThat(snippet).startsWith("… ").contains("&lt;<mark>Hà</mark> <mark>Nội</mark>&gt;").doesNotContain("<Hà");
        assertThat(snippet).contains("<mark>hạ</mark> lưu");
        assertThat(SearchText.snippet("Không khớp gì cả.", "ha noi", 120)).isEqualTo("Không khớp gì cả.");
    }

    @Test
    void snippetsMarkWordsWrittenWithCombiningMarksAndOnlyThePassageShown() {
        String decomposed = java.text.Normalizer.normalize("Hà Nội", java.text.Normalizer.Form.NFD);
        String text = "Đầu. " + decomposed + " là thủ đô. " + "Chữ khác. ".repeat(40) + "Hà Nội cuối.";
        String snippet = SearchText.snippet(text, java.util.Set.of("ha", "noi"), 60);
        assertThat(snippet).startsWith("Đầu. <mark>" + java.text.Normalizer.normalize("Hà", java.text.Normalizer.Form.NFD))
                .endsWith(" …").doesNotContain("cuối");
        assertThat(snippet.split("<mark>", -1)).hasSize(3);
    }
}
