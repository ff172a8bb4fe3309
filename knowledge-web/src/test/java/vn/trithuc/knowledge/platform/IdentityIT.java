package vn.trithuc.knowledge.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;

import vn.trithuc.testing.BrowserSession;
import vn.trithuc.testing.Deployments;
import vn.trithuc.testing.KeycloakExtension;
import vn.trithuc.testing.Tokens;

/** One identity through Keycloak: bearer tokens for the API, the code flow for pages. */
@ExtendWith(KeycloakExtension.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IdentityIT {

    private static final String PROBLEM = "application/problem+json";

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.knowledgeWeb();
    }

    @Test
    void bearerTokenOpensTheCallersIdentityWithRolesAndOrgTreeGroups() {
        given().auth().oauth2(Tokens.of("congchuc")).accept(ContentType.JSON)
                .when().get(base + "api/me")
                .then().statusCode(200)
                .body("username", equalTo("congchuc"))
                .body("name", equalTo("Vũ Thị Hạnh"))
                .body("roles", hasItems("contributor", "learner", "civil-servant"))
                .body("roles", not(hasItem("admin")))
                .body("groups", hasItem("/Hà Nội/Sở Thông tin và Truyền thông/Phòng Công nghệ thông tin"));
    }

    @Test
    void missingTokenIsAnUnauthorizedProblem() {
        given().accept(ContentType.JSON)
                .when().get(base + "api/me")
                .then().statusCode(401)
                .contentType(PROBLEM)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo("https://trithuc.vn/problems/unauthorized"))
                .body("status", equalTo(401));
    }

    @Test
    void invalidTokenIsRefused() {
        given().auth().oauth2("not-a-token").accept(ContentType.JSON)
                .when().get(base + "api/me")
                .then().statusCode(401);
    }

    @Test
    void callerWithoutTheRoleIsAForbiddenProblem() {
        given().auth().oauth2(Tokens.of("hocsinh")).accept(ContentType.JSON)
                .when().get(base + "api/admin/system")
                .then().statusCode(403)
                .contentType(PROBLEM)
                .body("type", equalTo("https://trithuc.vn/problems/forbidden"))
                .body("requiredRole", equalTo("admin"));
    }

    @Test
    void administratorSeesTheSystemStatus() {
        given().auth().oauth2(Tokens.of("quantri")).accept(ContentType.JSON)
                .when().get(base + "api/admin/system")
                .then().statusCode(200)
                .body("application", equalTo("knowledge-web"))
                .body("spaces", equalTo(4))
                .body("schemaVersion", org.hamcrest.Matchers.matchesPattern("[0-9]+"));
    }

    @Test
    void browserLogsInThroughKeycloakAndSeesWhoItIs() throws Exception {
        BrowserSession browser = new BrowserSession();
        HttpResponse<String> page = browser.logIn(URI.create(base + "me"), "congchuc", "congchuc");

        assertThat(page.statusCode()).as("%s\n%s", page.uri(), page.body()).isEqualTo(200);
        assertThat(page.uri().toString()).isEqualTo(base + "me");
        assertThat(page.body()).contains("Đã đăng nhập với tên congchuc", "civil-servant",
                "/Hà Nội/Sở Thông tin và Truyền thông/Phòng Công nghệ thông tin");

        HttpResponse<String> forged = browser.postForm(URI.create(base + "logout"), "x=1");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("tải lại trang");
        assertThat(browser.get(URI.create(base + "me")).body()).contains("Đã đăng nhập với tên congchuc");

        HttpResponse<String> loggedOut = browser.postForm(URI.create(base + "logout"),
                "_csrf=" + BrowserSession.csrfToken(page.body()));
        assertThat(loggedOut.statusCode()).as("%s %s", loggedOut.uri(), loggedOut.body()).isEqualTo(200);
        assertThat(loggedOut.body()).contains("Đăng nhập").doesNotContain("Vũ Thị Hạnh");
        HttpResponse<String> again = browser.get(URI.create(base + "me"));
        assertThat(again.uri().toString()).startsWith(KeycloakExtension.REALM_URL + "/protocol/openid-connect/auth");
    }

    @Test
    void protectedPageSendsBrowsersToKeycloak() {
        given().redirects().follow(false).accept(ContentType.HTML)
                .when().get(base + "me")
                .then().statusCode(302)
                .header("Location", startsWith(KeycloakExtension.REALM_URL + "/protocol/openid-connect/auth"));
    }

    @Test
    void unknownPageIsAFriendlyVietnamesePageWithSecurityHeaders() {
        given().accept(ContentType.HTML)
                .when().get(base + "khong-co-trang-nay")
                .then().statusCode(404)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("strict-origin-when-cross-origin"))
                .body(containsString("Không tìm thấy trang này."));
    }
}
