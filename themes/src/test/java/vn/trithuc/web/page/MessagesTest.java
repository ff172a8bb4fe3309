package vn.trithuc.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void englishBundleHasEveryVietnameseKey() throws IOException {
        Properties vi = load("vn/trithuc/themes/messages_vi.properties");
        Properties en = load("vn/trithuc/themes/messages_en.properties");
        assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(vi.stringPropertyNames());
    }

    @Test
    void vietnameseIsTheDefaultAndFormatsArguments() {
        Messages vi = Messages.of(Languages.VIETNAMESE, getClass().getClassLoader());
        Messages en = Messages.of(Languages.ENGLISH, getClass().getClassLoader());

        assertThat(vi.get("nav.courses")).isEqualTo("Khoá học");
        assertThat(en.get("me.signedInAs", "hocsinh")).isEqualTo("Logged in as hocsinh");
        assertThat(vi.get("no.such.key")).isEqualTo("??no.such.key??");
    }

    @Test
    void unknownLanguageCodesAreIgnored() {
        assertThat(Languages.parse("EN")).isEqualTo(Languages.ENGLISH);
        assertThat(Languages.parse("fr")).isNull();
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (var in = MessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
