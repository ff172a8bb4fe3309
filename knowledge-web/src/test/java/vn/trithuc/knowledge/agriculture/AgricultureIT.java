package vn.trithuc.knowledge.agriculture;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import vn.trithuc.knowledge.article.Slug;
import vn.trithuc.testing.Deployments;
import vn.trithuc.testing.KeycloakExtension;
import vn.trithuc.testing.Tokens;

/** Farmers' practice notes with structured fields, verified by an agricultural expert. */
@ExtendWith(KeycloakExtension.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AgricultureIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.knowledgeWeb();
    }

    @Test
    void farmerPublishesAnUnverifiedNoteThatAnExpertVerifies() {
        String crop = "Lúa " + ThreadLocalRandom.current().nextInt(1_000_000);
        String title = "Phòng rầy nâu cho " + crop;
        String slug = Slug.fromTitle(title).value();
        Map<String, Object> fields = Map.of("crop", crop, "pest", "Rầy nâu", "seasonMonths", List.of(6, 5, 6),
                "district", "Huyện Đông Anh", "commune", "Xã Cổ Loa", "method", "Thả vịt, không phun thuốc sớm");

        long first = save("nongdan", slug, title, "Ruộng tôi thả vịt từ tuần thứ hai.\n", null, fields).statusCode(201)
                .body("article.status", equalTo("published"))
                .body("article.agriculture.crop", equalTo(crop))
                .body("article.agriculture.seasonMonths", equalTo(List.of(5, 6)))
                .body("article.agriculture.verified", equalTo(false))
                .extract().jsonPath().getLong("article.revision");
        given().accept(ContentType.HTML).when().get(base + "wiki/agriculture/" + slug)
                .then().statusCode(200).body(containsString("Chưa được chuyên gia thẩm định")).body(containsString("Xã Cổ Loa"));

        given().auth().oauth2(Tokens.of("nongdan")).accept(ContentType.JSON).when()
                .post(base + "api/agriculture/notes/" + slug + "/verification").then().statusCode(403);
        given().auth().oauth2(Tokens.of("chuyengia")).accept(ContentType.JSON).when()
                .post(base + "api/agriculture/notes/" + slug + "/verification")
                .then().statusCode(200).body("agriculture.verified", equalTo(true)).body("agriculture.verifiedBy", equalTo("chuyengia"));

        save("nongdan", slug, title, "Ruộng tôi thả vịt từ tuần thứ hai, mật độ 200 con/ha.\n", first, null).statusCode(200)
                .body("article.agriculture.verified", equalTo(false))
                .body("article.agriculture.changedSinceVerified", equalTo(true))
                .body("article.agriculture.crop", equalTo(crop));

        given().accept(ContentType.JSON).when().get(base + "api/agriculture/notes?crop=" + crop)
                .then().statusCode(200)
                .body("notes.slug", hasItem(slug))
                .body("crops.'" + crop + "'", equalTo(1))
                .body("districts.'Huyện Đông Anh'", greaterThanOrEqualTo(1));
        given().accept(ContentType.JSON).when().get(base + "api/agriculture/notes?crop=" + crop + "&district=Huyện Sóc Sơn")
                .then().body("notes.slug", not(hasItem(slug)));
        given().accept(ContentType.HTML).when().get(base + "agriculture?crop=" + crop)
                .then().statusCode(200).body(containsString(title));
    }

    @Test
    void badFieldsAreRefused() {
        String slug = "sai-" + ThreadLocalRandom.current().nextInt(1_000_000);
        save("nongdan", slug, "Sai tháng", "x\n", null, Map.of("seasonMonths", List.of(13))).statusCode(400)
                .body("type", equalTo("https://trithuc.vn/problems/invalid-input"));
        given().auth().oauth2(Tokens.of("hocsinh")).contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("title", "Không phải nông nghiệp", "markdown", "x", "agriculture", Map.of("crop", "Lúa")))
                .when().put(base + "api/spaces/general/articles/" + slug)
                .then().statusCode(400).body("type", equalTo("https://trithuc.vn/problems/fields-not-for-space"));
    }

    private ValidatableResponse save(String user, String slug, String title, String markdown, Long baseRevision,
                                     Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(Map.of("title", title, "markdown", markdown));
        if (baseRevision != null) {
            body.put("baseRevision", baseRevision);
        }
        if (fields != null) {
            body.put("agriculture", fields);
        }
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).accept(ContentType.JSON).body(body)
                .when().put(base + "api/spaces/agriculture/articles/" + slug).then();
    }
}
