package vn.trithuc.learning.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.LocalDate;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class CertificateCodeTest {

    private static KeyPair pair() throws Exception {
        return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    }

    private final CertificateCode facts = new CertificateCode("TT-ABCDEFGH23", "Nguyễn Thị Hồng Nhung", 42,
            "Kỹ năng số cơ bản cho cán bộ, công chức", LocalDate.of(2026, 11, 27), LocalDate.of(2028, 11, 27));

    @Test
    void aSignedCodeVerifiesWithTheKeyAndGivesBackItsFacts() throws Exception {
        KeyPair keys = pair();
        String code = facts.sign(keys.getPrivate());
        assertThat(code).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
        assertThat(CertificateCode.verify(code, keys.getPublic())).contains(facts);
    }

    @Test
    void anyChangeOrAnotherKeyFailsQuietly() throws Exception {
        KeyPair keys = pair();
        String code = facts.sign(keys.getPrivate());
        int dot = code.indexOf('.');
        String text = new String(Base64.getUrlDecoder().decode(code.substring(0, dot)), StandardCharsets.UTF_8);
        String renamed = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(text.replace("Hồng Nhung", "Văn Nam").getBytes(StandardCharsets.UTF_8)) + code.substring(dot);
        assertThat(CertificateCode.verify(renamed, keys.getPublic())).isEmpty();
        assertThat(CertificateCode.verify(code, pair().getPublic())).isEmpty();
        for (String bad : new String[] {null, "", ".", "abc", "a.b.c", "%%%.%%%", code + "x", "x".repeat(2000)}) {
            assertThat(CertificateCode.verify(bad, keys.getPublic())).as(String.valueOf(bad)).isEmpty();
        }
    }

    @Test
    void noExpiryAndSingleLineFields() throws Exception {
        KeyPair keys = pair();
        CertificateCode forever = new CertificateCode("TT-2", "A", 1, "B", LocalDate.of(2026, 1, 1), null);
        assertThat(CertificateCode.verify(forever.sign(keys.getPrivate()), keys.getPublic())).contains(forever);
        assertThatThrownBy(() -> new CertificateCode("TT-3", "A\nB", 1, "C", LocalDate.now(), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void serialsAreReadableAndDistinct() {
        String a = Certificates.serial();
        assertThat(a).matches("TT-[A-HJ-NP-Z2-9]{10}");
        assertThat(Certificates.serial()).isNotEqualTo(a);
    }
}
