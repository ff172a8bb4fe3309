package vn.trithuc.learning.course;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.net.URL;
import java.nio.file.Path;
import java.util.Map;

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

/** An instructor turns a document into a lesson; learners and bad files are refused. */
@ExtendWith(KeycloakExtension.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LessonImportIT {

    private static final Path DOCUMENTS = Path.of("../content-import/src/test/resources/documents");

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.learningService();
    }

    @Test
    void aDocumentBecomesALesson() {
        String teacher = Tokens.of("giangvien");
        long course = given().auth().oauth2(teacher).contentType(ContentType.JSON)
                .body(Map.of("title", "Bài giảng từ tài liệu " + System.nanoTime(), "summary", "Thử", "audience", "citizen",
                        "topic", "Kỹ năng số", "level", "Cơ bản", "estimatedHours", 1))
                .when().post(base + "api/courses").then().statusCode(201).extract().jsonPath().getLong("id");
        long module = given().auth().oauth2(teacher).contentType(ContentType.JSON).body(Map.of("title", "Phần một"))
                .when().post(base + "api/courses/" + course + "/modules").then().statusCode(201).extract().jsonPath().getLong("id");

        long lesson = given().auth().oauth2(teacher).multiPart("file", DOCUMENTS.resolve("testEPUB.epub").toFile())
                .when().post(base + "api/modules/" + module + "/lessons/import")
                .then().statusCode(201).body("title", equalTo("An ePub for Tika")).body("format", equalTo("EPUB"))
                .body("warnings", hasItem(startsWith("Image CoverDesign.jpg left out")))
                .extract().jsonPath().getLong("id");
        String html = given().auth().oauth2(teacher).accept(ContentType.JSON).when().get(base + "api/lessons/" + lesson)
                .then().statusCode(200).extract().path("html");
        assertThat(html).contains("Chapter 1</h1>", "<li>First item</li>", "<table>").doesNotContain("attachment:", "<img");

        given().auth().oauth2(Tokens.of("hocsinh")).multiPart("file", DOCUMENTS.resolve("testRTF.rtf").toFile())
                .when().post(base + "api/modules/" + module + "/lessons/import").then().statusCode(403);
        given().auth().oauth2(teacher).multiPart("file", "chuong-trinh.pdf", new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0})
                .when().post(base + "api/modules/" + module + "/lessons/import")
                .then().statusCode(415).body("reason", equalTo("executable"));
    }
}
