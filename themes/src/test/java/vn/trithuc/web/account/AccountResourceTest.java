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
}
