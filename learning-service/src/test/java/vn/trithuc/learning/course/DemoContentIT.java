package vn.trithuc.learning.course;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

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

/**
 * Demo content is loaded on the first start only. This class deploys the application again
 * (after {@code LearningPlatformIT} or before it), so whichever runs second sees a restart.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DemoContentIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.learningService();
    }

    @Test
    void restartingDoesNotLoadTheDemoCoursesAgain() {
        given().accept(ContentType.JSON).when().get(base + "api/courses")
                .then().statusCode(200)
                .body("findAll { it.title == 'Canh tác lúa theo hướng hữu cơ ở vùng ven đô Hà Nội' }.size()", equalTo(1))
                .body("findAll { it.title == 'Kỹ năng số cơ bản cho cán bộ, công chức' }.size()", equalTo(1))
                .body("findAll { it.title == 'An toàn thông tin cho mọi người dân' }.size()", equalTo(1));
        int id = given().when().get(base + "api/courses?q=An toàn thông tin cho mọi người dân").then().extract().jsonPath().getInt("[0].id");
        // nor their lessons
        given().when().get(base + "api/courses/" + id).then().statusCode(200).body("lessons", equalTo(3));
    }

    @Test
    void theDemoCertificationExamIsOpenToCivilServantsAndCompletesTheDemoCourse() {
        String exams = given().auth().oauth2(vn.trithuc.testing.Tokens.of("congchuc")).when().get(base + "api/exams")
                .then().statusCode(200).body("findAll { it.title == 'Sát hạch kỹ năng số cơ bản' }.size()", equalTo(1))
                .body("find { it.title == 'Sát hạch kỹ năng số cơ bản' }.questions", equalTo(10))
                .body("find { it.title == 'Sát hạch kỹ năng số cơ bản' }.timeLimitMinutes", equalTo(20)).extract().asString();
        int course = given().when().get(base + "api/courses?q=Kỹ năng số cơ bản cho cán bộ").then().extract().jsonPath().getInt("[0].id");
        org.assertj.core.api.Assertions.assertThat(io.restassured.path.json.JsonPath.from(exams)
                .getInt("find { it.title == 'Sát hạch kỹ năng số cơ bản' }.courseId")).isEqualTo(course);
        // citizens outside the city's organisation tree do not see it
        given().auth().oauth2(vn.trithuc.testing.Tokens.of("hocsinh")).when().get(base + "api/exams")
                .then().statusCode(200).body("findAll { it.title == 'Sát hạch kỹ năng số cơ bản' }.size()", equalTo(0));
    }
}
