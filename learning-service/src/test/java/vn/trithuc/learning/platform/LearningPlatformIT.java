package vn.trithuc.learning.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import java.net.URL;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;

import vn.trithuc.testing.Deployments;
import vn.trithuc.testing.KeycloakExtension;
import vn.trithuc.testing.Tokens;

/** The learning context at /learn: catalogue, identity, health, OpenAPI. */
@ExtendWith(KeycloakExtension.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LearningPlatformIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.learningService();
    }

    @Test
    void servedUnderLearn() {
        org.assertj.core.api.Assertions.assertThat(base.getPath()).isEqualTo("/learn/");
    }

    @Test
    void catalogueIsPublicJsonWithTheDemoCoursesLoadedOnce() {
        given().accept(ContentType.JSON).when().get(base + "api/courses")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("findAll { it.title == 'An toàn thông tin cho mọi người dân' }.size()", equalTo(1))
                .body("find { it.title == 'Kỹ năng số cơ bản cho cán bộ, công chức' }.audience", equalTo("civil-servant"));
    }

    @Test
    void unknownCourseIsANotFoundProblem() {
        given().accept(ContentType.JSON).when().get(base + "api/courses/999999")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://trithuc.vn/problems/not-found"));
    }

    @Test
    void cataloguePageIsVietnameseFirst() {
        given().accept(ContentType.HTML).when().get(base + "courses")
                .then().statusCode(200)
                .body(containsString("<html lang=\"vi\">"))
                .body(containsString("<h1>Khoá học</h1>"))
                .body(containsString("Canh tác lúa theo hướng hữu cơ ở vùng ven đô Hà Nội"))
                .body(containsString("href=\"/learn/static/css/site.css?v="));
    }

    @Test
    void bearerTokenIdentifiesTheCallerHereToo() {
        given().auth().oauth2(Tokens.of("congchuc2")).accept(ContentType.JSON)
                .when().get(base + "api/me")
                .then().statusCode(200)
                .body("username", equalTo("congchuc2"))
                .body("groups", hasItem("/Hà Nội/Quận Ba Đình/UBND Phường Điện Biên"));
        given().accept(ContentType.JSON).when().get(base + "api/me").then().statusCode(401);
    }

    @Test
    void readinessCoversTheLearningDatabase() {
        given().when().get("http://localhost:9990/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("learning-database"));
    }

    @Test
    void openApiDocumentIsServedUnderLearn() {
        given().accept("application/json").when().get(base + "openapi")
                .then().statusCode(200)
                .body("info.title", equalTo("Tri Thức learning API"));
    }
}
