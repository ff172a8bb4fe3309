package vn.trithuc.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The Keycloak login theme ({@code themes/keycloak/trithuc}) and the site share one look: the same
 * design tokens, the same footer lines, in both languages; and it stays light.
 */
class KeycloakThemeTest {

    private static final Path LOGIN = Path.of("keycloak", "trithuc", "login");
    private static final Pattern TOKENS = Pattern.compile(":root \\{[^}]*}");

    @Test
    void theLoginStylesheetHasTheSiteTokens() throws IOException {
        String site = new String(classpath("vn/trithuc/themes/default/static/css/site.css"), StandardCharsets.UTF_8);
        String login = Files.readString(LOGIN.resolve("resources/css/trithuc.css"));

        assertThat(tokens(login)).isEqualTo(tokens(site)).contains("--tt-color-primary");
        assertThat(login.length()).as("login CSS bytes").isLessThan(30 * 1024);
    }

    @Test
    void theLoginThemeExtendsKeycloakV2WithoutPatternFly() throws IOException {
        Properties theme = properties(LOGIN.resolve("theme.properties"));

        assertThat(theme.getProperty("parent")).isEqualTo("keycloak.v2");
        assertThat(theme.getProperty("stylesCommon")).isEmpty();
        assertThat(theme.getProperty("styles")).isEqualTo("css/trithuc.css");
    }

    @Test
    void theLoginFooterSaysWhatTheSiteFooterSays() throws IOException {
        for (String language : new String[] {"vi", "en"}) {
            Properties login = properties(LOGIN.resolve("messages/messages_" + language + ".properties"));
            Properties site = new Properties();
            site.load(new java.io.StringReader(new String(classpath("vn/trithuc/themes/messages_" + language + ".properties"),
                    StandardCharsets.UTF_8)));

            assertThat(login.getProperty("ttFooterLicence")).isEqualTo(site.getProperty("footer.licence"));
            assertThat(login.getProperty("ttFooterContact")).isEqualTo(site.getProperty("footer.contact"));
            assertThat(login.getProperty("loginAccountTitle")).contains("Tri Thức");
        }
    }

    private static String tokens(String css) {
        Matcher matcher = TOKENS.matcher(css);
        assertThat(matcher.find()).as("a :root block of tokens").isTrue();
        return matcher.group();
    }

    private static Properties properties(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static byte[] classpath(String name) throws IOException {
        try (InputStream in = KeycloakThemeTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }
}
