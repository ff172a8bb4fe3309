package vn.trithuc.content.mediawiki;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class WikitextTest {

    static final MediaWikiDump.SiteInfo VI = new MediaWikiDump.SiteInfo("vi", null,
            Map.of(0, "", 2, "Thành viên", 6, "Tập tin", 10, "Bản mẫu", 14, "Thể loại"));
    final Wikitext wikitext = new Wikitext(VI);

    @Test
    void headingsEmphasisAndLinks() {
        var c = wikitext.convert("""
                '''Hà Nội''' là ''thủ đô'' của [[Việt Nam|nước Việt Nam]], bên [[sông Hồng]].

                == Lịch sử ==
                Xem [http://vi.wikipedia.org Wikipedia] và [https://hanoi.gov.vn].
                === Thời Lý ===
                Năm 1010 [[Lý Thái Tổ]]s dời đô. Xem [[:Thể loại:Hà Nội]] và [[Thành viên:An|An]].
                [[Thể loại:Thủ đô|Ha Noi]]
                [[Category:Cities]]
                """);
        assertThat(c.markdown()).contains("**Hà Nội** là *thủ đô* của [[Việt Nam|nước Việt Nam]], bên [[sông Hồng]].")
                .contains("\n## Lịch sử\n").contains("\n### Thời Lý\n")
                .contains("[Wikipedia](http://vi.wikipedia.org)").contains("<https://hanoi.gov.vn>")
                .contains("[[Lý Thái Tổ|Lý Thái Tổs]]").contains("Xem Thể loại:Hà Nội và An.")
                .contains("[[Thể loại:Thủ đô]]").contains("[[Thể loại:Cities]]");
        assertThat(c.categories()).containsExactly("Thủ đô", "Cities");
        assertThat(c.redirect()).isNull();
    }

    @Test
    void redirectsInEnglishAndVietnamese() {
        assertThat(wikitext.convert("#đổi [[Cốm Làng Vòng (Hà Nội)]]").redirect()).isEqualTo("Cốm Làng Vòng (Hà Nội)");
        assertThat(wikitext.convert("#REDIRECT [[Ha_Noi#Lịch sử]]\n[[Category:Redirects]]").redirect()).isEqualTo("Ha Noi");
        assertThat(wikitext.convert("#Redirect: [[Phở]]").redirect()).isEqualTo("Phở");
        assertThat(wikitext.convert("# mục một").redirect()).isNull();
    }

    @Test
    void listsAndDefinitions() {
        var c = wikitext.convert("""
                * một
                ** một rưỡi
                * hai
                # bước 1
                # bước 2
                ; Phở : món ăn
                : thụt lề
                ----
                """);
        assertThat(c.markdown()).contains("- một\n  - một rưỡi\n- hai\n1. bước 1\n1. bước 2\n- **Phở** — món ăn\n> thụt lề").contains("---");
    }

    @Test
    void referencesBecomeFootnotes() {
        var c = wikitext.convert("""
                Phở có từ đầu thế kỷ 20.<ref name="tt">Trịnh Quang Dũng, ''Phở'', 2010.</ref> Ở Hà Nội.<ref>{{Chú thích web|url=https://x.vn/a|tựa đề=Phở Hà Nội|nhà xuất bản=Báo X}}</ref> Lại.<ref name="tt"/>
                == Tham khảo ==
                {{tham khảo}}
                <references/>
                """);
        assertThat(c.markdown()).contains("thế kỷ 20.[^1] Ở Hà Nội.[^2] Lại.[^1]")
                .contains("[^1]: Trịnh Quang Dũng, *Phở*, 2010.").contains("[^2]: [Phở Hà Nội](https://x.vn/a). Báo X")
                .doesNotContain("tham khảo}}").doesNotContain("<references");
    }

    @Test
    void tablesBecomeGfmTables() {
        var c = wikitext.convert("""
                {| class="wikitable"
                |+ Dân số
                ! Năm !! Dân số
                |-
                | 2009 || 6.451.909
                |-
                | style="text-align:right" | 2019
                | [[Hà Nội|8.053.663]]
                |}
                """);
        // the pipe of a labelled link is escaped in a table cell, as GFM wants; the cell gives it back
        assertThat(c.markdown()).contains("**Dân số**").contains("| Năm | Dân số |\n| --- | --- |\n| 2009 | 6.451.909 |\n| 2019 | [[Hà Nội\\|8.053.663]] |");
        String html = new vn.trithuc.content.wiki.WikiMarkdown(new vn.trithuc.content.markdown.MarkdownRenderer())
                .render(c.markdown(), link -> "/wiki/general/" + vn.trithuc.content.wiki.WikiLink.slug(link.title())).html();
        assertThat(html).contains("<table>").contains(">8.053.663</a>");
    }

    @Test
    void imagesFilesAndTemplatesStayReadable() {
        var c = wikitext.convert("""
                {{Thông tin khu dân cư
                | tên = Hà Nội
                | diện tích = {{convert|3358.6|km2}}
                }}
                [[Tập tin:Hồ Gươm.jpg|nhỏ|250px|Hồ Gươm mùa thu]] Xem {{lang|fr|Hanoï}} và {{chính|Lịch sử Hà Nội}}. {{sơ khai}}
                [[File:Bao cao.pdf|Báo cáo]] <nowiki>[[không phải liên kết]]</nowiki> <!-- ghi chú ẩn -->
                __NOTOC__
                """);
        assertThat(c.markdown()).contains("> **Thông tin khu dân cư**").contains("> tên: Hà Nội").contains("> diện tích: 3358.6 km2")
                .contains("![Hồ Gươm mùa thu](attachment:Hồ%20Gươm.jpg)").contains("Xem Hanoï và *Bài chính: [[Lịch sử Hà Nội]]*.")
                .contains("[Báo cáo](attachment:Bao%20cao.pdf)").contains("\\[\\[không phải liên kết\\]\\]")
                .doesNotContain("ghi chú ẩn").doesNotContain("NOTOC").doesNotContain("sơ khai");
        assertThat(c.files()).containsExactly("Hồ Gươm.jpg", "Bao cao.pdf");
    }

    @Test
    void everyPageOfTheRealExportConverts() throws Exception {
        MediaWikiDumpTest.Collected dump = MediaWikiDumpTest.read("vi-export-current-0.11.xml");
        Wikitext real = new Wikitext(dump.site);
        int redirects = 0;
        for (MediaWikiDump.Revision revision : dump.revisions) {
            Wikitext.Converted c = real.convert(revision.text());
            if (c.redirect() != null) {
                redirects++;
            } else {
                assertThat(c.markdown()).isNotBlank().doesNotContain("'''").doesNotContain("\n== ");
            }
        }
        assertThat(redirects).isEqualTo(1);
        assertThat(real.convert(dump.revisions.get(0).text()).markdown()).contains("\n## Lịch sử\n").contains("\n### Bệnh viện đa khoa\n");
    }
}
