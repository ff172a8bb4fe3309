package vn.trithuc.knowledge.platform;

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

/** The plumbing every feature relies on: health, OpenAPI, metrics, spaces, home page, languages. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlatformIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.knowledgeWeb();
    }

    @Test
    void readinessCoversDatabaseAndIndex() {
        given().when().get("http://localhost:9990/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("knowledge-database", "knowledge-index"))
                .body("checks.find { it.name == 'knowledge-index' }.data.spaceDocuments", equalTo(4))
                .body("checks.find { it.name == 'knowledge-database' }.data.database", equalTo(expectedDatabase()));
    }

    /** CI runs these tests twice: on the embedded H2 and on PostgreSQL (TRITHUC_DB_DRIVER=postgresql). */
    private static String expectedDatabase() {
        return "postgresql".equals(System.getenv("TRITHUC_DB_DRIVER")) ? "PostgreSQL" : "H2";
    }

    @Test
    void livenessAnswers() {
        given().when().get("http://localhost:9990/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metricsAreExposedForScraping() {
        given().when().get("http://localhost:9990/metrics").then().statusCode(200)
                .body(containsString("base_memory"));
    }

    @Test
    void openApiDocumentDescribesTheApi() {
        given().accept("application/json").when().get(base + "openapi")
                .then().statusCode(200)
                .body("info.title", equalTo("Tri Thức knowledge API"))
                .body("paths.keySet()", hasItems("/api/spaces", "/api/me"));
    }

    @Test
    void fourSpacesWithTheirPolicies() {
        given().accept(ContentType.JSON).when().get(base + "api/spaces")
                .then().statusCode(200)
                .body("key", equalTo(java.util.List.of("general", "agriculture", "medical", "tourism")))
                .body("find { it.key == 'medical' }.policy", equalTo("reviewed"))
                .body("find { it.key == 'agriculture' }.policy", equalTo("expert-verified"))
                .body("find { it.key == 'general' }.name", equalTo("Bách khoa tri thức"));
    }

    @Test
    void unknownSpaceIsANotFoundProblem() {
        given().accept(ContentType.JSON).when().get(base + "api/spaces/sports")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://trithuc.vn/problems/not-found"))
                .body("instance", equalTo("/api/spaces/sports"));
    }

    @Test
    void homePageIsVietnameseFirstAndListsTheSpaces() {
        given().accept(ContentType.HTML).when().get(base.toString())
                .then().statusCode(200)
                .header("Content-Language", equalTo("vi"))
                .body(containsString("<html lang=\"vi\">"))
                .body(containsString("Bách khoa tri thức"))
                .body(containsString("Nông nghiệp"))
                .body(containsString("Y tế"))
                .body(containsString("Du lịch và văn hoá"))
                .body(containsString("Khoá học"));
    }

    @Test
    void englishChoiceSticksInACookie() {
        given().accept(ContentType.HTML).when().get(base + "?lang=en")
                .then().statusCode(200)
                .cookie("tt_lang", "en")
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("General encyclopedia"));
        given().accept(ContentType.HTML).cookie("tt_lang", "en").when().get(base.toString())
                .then().body(containsString("Knowledge bases"));
    }

    @Test
    void stylesheetIsServed() {
        given().when().get(base + "static/css/site.css")
                .then().statusCode(200)
                .contentType(containsString("text/css"))
                .body(containsString("--tt-color-primary"));
    }

    @Test
    void spacesAnswerInEnglishWhenAsked() {
        given().accept(ContentType.JSON).cookie("tt_lang", "en").when().get(base + "api/spaces")
                .then().body("name", hasItem("Health"));
    }
}
