package vn.trithuc.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccountResourceTest {

    @Test
    void loginFollowsOnlyLocalPaths() {
        assertThat(AccountResource.safeLocalPath("/wiki/general/ha-noi", "/")).isEqualTo("/wiki/general/ha-noi");
        assertThat(AccountResource.safeLocalPath("https://evil.example/", "/")).isEqualTo("/");
        assertThat(AccountResource.safeLocalPath("//evil.example/", "/")).isEqualTo("/");
        assertThat(AccountResource.safeLocalPath("/\\evil.example", "/")).isEqualTo("/");
        assertThat(AccountResource.safeLocalPath(null, "/learn/")).isEqualTo("/learn/");
    }

    @Test
    void vietnameseInTheReturnAddressIsEncoded() {
        assertThat(AccountResource.localUri("/wiki/general/ho-tay/edit?title=Hồ Tây").toASCIIString())
                .isEqualTo("/wiki/general/ho-tay/edit?title=H%E1%BB%93%20T%C3%A2y");
        assertThat(AccountResource.localUri("/wiki/general/ho-tay/edit?title=H%E1%BB%93%20T%C3%A2y").toASCIIString())
                .isEqualTo("/wiki/general/ho-tay/edit?title=H%E1%BB%93%20T%C3%A2y");
    }
}
