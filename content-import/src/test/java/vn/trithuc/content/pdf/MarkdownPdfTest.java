package vn.trithuc.content.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import vn.trithuc.content.markdown.MarkdownRenderer;

class MarkdownPdfTest {

    @Test
    void aVietnameseArticlePrintsWithItsStructure() throws Exception {
        String markdown = """
                **Phở** là món ăn truyền thống của [[Hà Nội|thủ đô]].[^1]

                ## Nguyên liệu

                - Bánh phở
                - Nước dùng *ninh xương*

                | Năm | Giá |
                | --- | --- |
                | 1990 | 5.000 đồng |

                Xem [trang](https://pho.vn).

                [^1]: Trịnh Quang Dũng, 2010.

                [[Thể loại:Ẩm thực Hà Nội]]
                """;
        byte[] pdf = new MarkdownPdf(new MarkdownRenderer()).render(new MarkdownPdf.Meta("Phở", "Tri thức chung",
                "http://localhost:8080/wiki/general/pho", "27/11/2026", List.of("giaovien", "hocsinh"), "CC BY-SA 4.0"), markdown);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
        }
        String all = text.toString();
        assertThat(all).contains("Phở là món ăn truyền thống của thủ đô").contains("Nguyên liệu").contains("Bánh phở")
                .contains("Nước dùng ninh xương").contains("5.000 đồng").contains("https://pho.vn").contains("Trịnh Quang Dũng, 2010.")
                .contains("giaovien, hocsinh").contains("CC BY-SA 4.0")
                .doesNotContain("[[").doesNotContain("Ẩm thực Hà Nội");
        assertThat(reader.getInfo().get("Title")).isEqualTo("Phở");
    }
}
