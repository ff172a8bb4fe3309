package vn.trithuc.content.mediawiki;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.trithuc.content.markdown.MarkdownRenderer;

class MediaWikiExportTest {

    static final String ARTICLE = """
            **Phở** là *món ăn* của [[Hà Nội|thủ đô]].[^1]

            ## Lịch sử

            - một
              - một rưỡi
            - hai

            1. bước một
            2. bước hai

            | Năm | Giá |
            | --- | --- |
            | 1990 | 5.000 |

            Xem [trang chính thức](https://pho.vn) và `mã`.

            ![Bát phở](attachment:Bat%20pho.jpg)

            [^1]: Trịnh Quang Dũng, *Phở*, 2010.

            [[Thể loại:Ẩm thực]]
            """;

    @Test
    void markdownBecomesWikitextThatConvertsBack() {
        String wikitext = new MarkdownWikitext(new MarkdownRenderer()).convert(ARTICLE);
        assertThat(wikitext).contains("'''Phở''' là ''món ăn'' của [[Hà Nội|thủ đô]].<ref name=\"fn-1\">Trịnh Quang Dũng, ''Phở'', 2010.</ref>")
                .contains("\n== Lịch sử ==\n").contains("* một\n** một rưỡi\n* hai").contains("# bước một\n# bước hai")
                .contains("{| class=\"wikitable\"\n|-\n! Năm\n! Giá\n|-\n| 1990\n| 5.000\n|}").contains("[https://pho.vn trang chính thức]")
                .contains("<code><nowiki>mã</nowiki></code>").contains("[[File:Bat pho.jpg|thumb|Bát phở]]").contains("[[Thể loại:Ẩm thực]]")
                .endsWith("<references />\n");
        // and back: the same structure
        Wikitext.Converted back = new Wikitext(null).convert(wikitext);
        assertThat(back.markdown()).contains("**Phở** là *món ăn* của [[Hà Nội|thủ đô]].[^1]").contains("## Lịch sử").contains("- một\n  - một rưỡi\n- hai")
                .contains("| Năm | Giá |").contains("[trang chính thức](https://pho.vn)").contains("[^1]: Trịnh Quang Dũng, *Phở*, 2010.");
        assertThat(back.categories()).containsExactly("Ẩm thực");
    }

    @Test
    void aHardLineBreakSurvivesTheRoundTrip() {
        String markdown = "Tô Hoài (2007). Chuyện cũ Hà Nội.  \nNguyễn Vinh Phúc (2004). Phố và đường Hà Nội.\n";
        String wikitext = new MarkdownWikitext(new MarkdownRenderer()).convert(markdown);
        assertThat(wikitext).contains("Chuyện cũ Hà Nội.<br />\nNguyễn Vinh Phúc");

        String back = new Wikitext(null).convert(wikitext).markdown();
        assertThat(back).isEqualTo(markdown);
        assertThat(new MarkdownWikitext(new MarkdownRenderer()).convert(back)).isEqualTo(wikitext);
    }

    @Test
    void anExportReadsBackWithItsHistory() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MediaWikiExport export = new MediaWikiExport(out, "Tri Thức — general", "http://localhost:8080/wiki/general",
                Map.of(0, "", 6, "Tập tin", 14, "Thể loại"))) {
            export.page("Phở", 1, null, List.of(
                    new MediaWikiExport.Rev(10, null, Instant.parse("2026-01-01T08:00:00Z"), "giaovien", "Tạo trang", false, "Phở là món ăn."),
                    new MediaWikiExport.Rev(11, 10L, Instant.parse("2026-01-02T09:30:00Z"), "113.160.1.2", "Sửa <lỗi> & chính tả", true,
                            "'''Phở''' là món ăn Hà Nội.")));
            export.page("Pho", 2, "Phở", List.of(new MediaWikiExport.Rev(12, null, Instant.parse("2026-01-03T00:00:00Z"), "giaovien", null, false,
                    "#REDIRECT [[Phở]]")));
        }
        MediaWikiDumpTest.Collected read = new MediaWikiDumpTest.Collected();
        MediaWikiDump.read(new ByteArrayInputStream(out.toByteArray()), "export.xml", read);
        assertThat(read.site.namespaces()).containsEntry(14, "Thể loại");
        assertThat(read.pages).extracting(MediaWikiDump.PageHeader::title).containsExactly("Phở", "Pho");
        assertThat(read.pages.get(1).redirect()).isEqualTo("Phở");
        assertThat(read.revisions).hasSize(3);
        MediaWikiDump.Revision second = read.revisions.get(1);
        assertThat(second.contributor().ip()).isEqualTo("113.160.1.2");
        assertThat(second.comment()).isEqualTo("Sửa <lỗi> & chính tả");
        assertThat(second.minor()).isTrue();
        assertThat(second.parentId()).isEqualTo(10L);
        assertThat(second.text()).isEqualTo("'''Phở''' là món ăn Hà Nội.");
        assertThat(second.sha1()).hasSize(31).isEqualTo(MediaWikiExport.sha1("'''Phở''' là món ăn Hà Nội."));
        assertThat(read.revisions.get(0).contributor().username()).isEqualTo("giaovien");
    }
}
