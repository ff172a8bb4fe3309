package vn.trithuc.knowledge.theme;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;

import vn.trithuc.launcher.SecondServer;
import vn.trithuc.testing.KeycloakExtension;

/**
 * A city agency restyles the site without touching code: a second WildFly runs the built WAR with
 * {@code TRITHUC_THEME_DIR} pointing at a folder that overrides one template (the footer), one
 * colour token ({@code static/css/theme.css}) and one message, exactly as the README shows.
 */
@ExtendWith(KeycloakExtension.class)
class ThemeOverrideIT {

    private static final String CONTACT = "Sở Khoa học và Công nghệ Hà Nội · đường dây nóng 1022";
    private static final String COLOUR = "#00539b";

    private SecondServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void aThemeFolderOverridesOneTemplateOneColourAndOneMessage() throws Exception {
        Path data = Path.of(System.getProperty("trithuc.it.data.dir")).resolve("theme-" + System.nanoTime());
        Path theme = data.resolve("my-theme");
        Files.createDirectories(theme.resolve("templates/partials"));
        Files.createDirectories(theme.resolve("static/css"));
        Files.createDirectories(theme.resolve("messages"));
        Files.writeString(theme.resolve("templates/partials/footer.ftlh"), """
                <footer class="site-footer"><p>${msg("footer.licence")} CC BY-SA 4.0.</p><p class="agency">%s</p></footer>
                """.formatted(CONTACT));
        Files.writeString(theme.resolve("static/css/theme.css"), ":root { --tt-color-primary: " + COLOUR + "; }\n");
        Files.writeString(theme.resolve("messages/messages_vi.properties"), "site.name=Tri Thức Thủ đô\n");

        server = new SecondServer(data, List.of(Path.of("target", "knowledge-web.war")))
                .withEnvironment("TRITHUC_THEME_DIR", theme.toAbsolutePath().toString());
        server.start();

        String home = given().accept(ContentType.HTML).when().get(server.url("/"))
                .then().statusCode(200).extract().asString();
        assertThat(home).contains("<p class=\"agency\">" + CONTACT + "</p>", "Tri Thức Thủ đô")
                .doesNotContain("trithuc@hanoi.gov.vn");
        // the override stylesheet comes after the default one, so its tokens win
        Matcher link = Pattern.compile("href=\"(/static/css/theme\\.css\\?v=[0-9a-f]+)\"").matcher(home);
        assertThat(link.find()).as("theme.css is linked with its content hash").isTrue();
        assertThat(home.indexOf("/static/css/site.css")).isLessThan(link.start());

        given().when().get(server.url(link.group(1)))
                .then().statusCode(200)
                .header("Cache-Control", containsString("immutable"))
                .body(containsString("--tt-color-primary: " + COLOUR));
        // the rest of the theme still comes from the default one
        given().when().get(server.url("/static/css/site.css")).then().statusCode(200)
                .body(containsString("--tt-color-primary: #a3171d"));
    }
}
