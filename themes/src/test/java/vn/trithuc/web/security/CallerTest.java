package vn.trithuc.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.trithuc.web.problem.ProblemException;

class CallerTest {

    private final Caller doctor = new Caller("bacsi", "Bác sĩ Lan", Set.of("contributor", "medical-reviewer"),
            List.of("/Hà Nội/Sở Y tế"));

    @Test
    void anonymousCallerIsAskedToAuthenticate() {
        assertThatThrownBy(() -> Caller.ANONYMOUS.require(Role.CONTRIBUTOR))
                .isInstanceOfSatisfying(ProblemException.class, p -> {
                    assertThat(p.status()).isEqualTo(401);
                    assertThat(p.type()).hasToString(ProblemException.TYPE_BASE + "unauthorized");
                });
    }

    @Test
    void signedInCallerWithoutTheRoleIsForbidden() {
        assertThatThrownBy(() -> doctor.require(Role.EXAM_ADMIN))
                .isInstanceOfSatisfying(ProblemException.class, p -> {
                    assertThat(p.status()).isEqualTo(403);
                    assertThat(p.extensions()).containsEntry("requiredRole", "exam-admin");
                });
    }

    @Test
    void callerWithTheRolePasses() {
        assertThat(doctor.require(Role.MEDICAL_REVIEWER)).isSameAs(doctor);
    }

    @Test
    void administratorsHoldEveryRole() {
        Caller admin = new Caller("quantri", "Quản trị", Set.of("admin"), List.of());
        assertThat(admin.hasRole(Role.EXAM_ADMIN)).isTrue();
        assertThat(admin.hasRole(Role.MEDICAL_REVIEWER)).isTrue();
    }

    @Test
    void contentSecurityPolicyAllowsNoInlineScriptAndLetsLogoutReachTheIdentityProvider() {
        String csp = SecurityHeadersFilter.contentSecurityPolicy("http://localhost:8180", null);
        assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'", "form-action 'self' http://localhost:8180");
        assertThat(csp).doesNotContain("unsafe-inline");
    }

    @Test
    void aPlainHttpTileServerMayServeMapImages() {
        assertThat(SecurityHeadersFilter.tileSource("https://tile.openstreetmap.org/{z}/{x}/{y}.png")).isNull();
        String source = SecurityHeadersFilter.tileSource("http://{s}.tiles.hanoi.local:8081/{z}/{x}/{y}.png");
        assertThat(source).isEqualTo("http://*.tiles.hanoi.local:8081");
        assertThat(SecurityHeadersFilter.contentSecurityPolicy("http://localhost:8180", source))
                .contains("img-src 'self' data: https: http://*.tiles.hanoi.local:8081;");
    }
}
