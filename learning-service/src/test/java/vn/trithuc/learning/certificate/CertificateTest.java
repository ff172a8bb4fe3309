package vn.trithuc.learning.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

class CertificateTest {

    private static Certificate issued(OffsetDateTime at, OffsetDateTime expires) {
        return new Certificate("TT-X", 1, 2, "u", "Người học", "Khoá học", at, expires, "code");
    }

    @Test
    void validUntilItExpiresAndRevocationWinsOverEverything() {
        OffsetDateTime now = OffsetDateTime.parse("2026-11-27T10:00:00+07:00");
        assertThat(issued(now.minusYears(1), null).status(now)).isEqualTo("valid");
        assertThat(issued(now.minusYears(1), now.plusDays(1)).status(now)).isEqualTo("valid");
        assertThat(issued(now.minusYears(2), now).status(now)).isEqualTo("expired");
        Certificate revoked = issued(now.minusYears(2), now.minusDays(1));
        revoked.revoke("khaothi", "Sai thông tin", now);
        revoked.revoke("quantri", "later", now.plusDays(1));
        assertThat(revoked.status(now)).isEqualTo("revoked");
        assertThat(revoked.revokedReason()).isEqualTo("Sai thông tin");
    }
}
