package vn.trithuc.content.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void headingsGetAnchorsThatKeepVietnameseText() {
        String html = renderer.render("## Lịch sử Hà Nội\n\nThăng Long.");

        assertThat(html).contains("<h2 id=\"lịch-sử-hà-nội\">Lịch sử Hà Nội</h2>");
        assertThat(html).contains("<p>Thăng Long.</p>");
    }

    @Test
    void tablesStrikethroughAndTaskListsRender() {
        String html = renderer.render("""
                | Cây | Mùa |
                |-----|-----|
                | Lúa | Xuân |

                ~~cũ~~

                - [x] gieo mạ
                - [ ] cấy
                """);

        assertThat(html).contains("<table>", "<th>Cây</th>", "<td>Lúa</td>");
        assertThat(html).contains("<del>cũ</del>");
        assertThat(html).contains("<li><input type=\"checkbox\" disabled=\"\" checked=\"\" /> gieo mạ</li>");
    }

    @Test
    void footnotesAndAutolinksRender() {
        String html = renderer.render("Theo Bộ Y tế[^1], xem https://moh.gov.vn\n\n[^1]: Hướng dẫn 2024.");

        assertThat(html).contains("<a href=\"https://moh.gov.vn\" rel=\"nofollow\">https://moh.gov.vn</a>");
        assertThat(html).contains("<section class=\"footnotes\"");
        assertThat(html).contains("Hướng dẫn 2024.");
    }

    @Test
    void scriptsAndEventHandlersAreRemoved() {
        String html = renderer.render("""
                <script>alert(1)</script>

                <img src="x.png" onerror="alert(2)">

                [bấm](javascript:alert(3))
                """);

        assertThat(html).doesNotContain("<script", "alert(1)", "onerror", "javascript:");
        assertThat(html).contains("<img src=\"x.png\" />");
    }
}
