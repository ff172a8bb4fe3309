package vn.trithuc.knowledge.tourism;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

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

/** Places on the map, translation groups with the outdated flag, and the QR codes that pick a language. */
@ExtendWith(KeycloakExtension.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TourismIT {

    private static final String PROBLEMS = "https://trithuc.vn/problems/";

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.knowledgeWeb();
    }

    @Test
    void aPlaceIsOnTheMapAndItsTranslationsFollowTheSource() {
        int n = ThreadLocalRandom.current().nextInt(1_000_000);
        String title = "Đình làng thử nghiệm " + n;
        String slug = Slug.fromTitle(title).value();
        double lat = 20.5 + n % 1000 / 10_000.0;
        Map<String, Object> place = Map.of("kind", "heritage", "latitude", lat, "longitude", 105.9,
                "address", "Xã Thử, Hà Nội", "openingHours", "8:00–17:00");

        long first = save("bientap", slug, title, "Đình làng cổ.\n", null, "vi", place).statusCode(201)
                .body("article.tourism.kind", equalTo("heritage"))
                .body("article.tourism.latitude", equalTo((float) lat))
                .body("article.tourism.translations.language", equalTo(List.of("vi")))
                .extract().jsonPath().getLong("article.revision");

        // on the map, with GeoJSON's longitude-first coordinates; filters by kind and area
        given().accept("application/geo+json").when().get(base + "api/tourism/places.geojson?kind=heritage")
                .then().statusCode(200).contentType(startsWith("application/geo+json"))
                .body("type", equalTo("FeatureCollection"))
                .body("features.find { it.properties.slug == '" + slug + "' }.geometry.coordinates",
                        equalTo(List.of(105.9f, (float) lat)))
                .body("features.find { it.properties.slug == '" + slug + "' }.properties.address", equalTo("Xã Thử, Hà Nội"));
        given().when().get(base + "api/tourism/places.geojson?kind=food")
                .then().statusCode(200).body("features.properties.slug", not(hasItem(slug)));
        given().when().get(base + "api/tourism/places.geojson?bbox=105.0,10.0,105.5,11.0")
                .then().statusCode(200).body("features.properties.slug", not(hasItem(slug)));
        given().accept(ContentType.HTML).when().get(base + "tourism/map?kind=heritage").then().statusCode(200)
                .body(containsString(title)).body(containsString("/static/vendor/leaflet/dist/leaflet.js"));
        given().when().get(base + "static/vendor/leaflet/dist/leaflet.js").then().statusCode(200)
                .contentType(startsWith("text/javascript"));

        // an English translation joins the group; a second English one is refused
        String english = "Test village communal house " + n;
        String englishSlug = Slug.fromTitle(english).value();
        save("hocsinh", englishSlug, english, "An old communal house.\n", null, "en", Map.of("translationOf", slug))
                .statusCode(201)
                .body("article.language", equalTo("en"))
                .body("article.tourism.translationOf.slug", equalTo(slug))
                .body("article.tourism.outdated", equalTo(false))
                .body("article.tourism.latitude", equalTo((float) lat));
        save("hocsinh", englishSlug + "-2", english + " 2", "Another.\n", null, "en", Map.of("translationOf", slug))
                .statusCode(409).body("type", equalTo(PROBLEMS + "translation-exists"));
        given().accept(ContentType.JSON).when().get(base + "api/spaces/tourism/articles/" + slug).then()
                .body("tourism.translations.language", equalTo(List.of("vi", "en")));
        given().when().get(base + "api/tourism/places.geojson?lang=en").then()
                .body("features.find { it.properties.slug == '" + englishSlug + "' }.properties.title", equalTo(english));

        // readers of the translation (from the shared page cache) learn when the source moves on
        given().accept(ContentType.HTML).when().get(base + "wiki/tourism/" + englishSlug).then().statusCode(200)
                .body(not(containsString("thay đổi sau lần cập nhật")));
        long second = save("bientap", slug, title, "Đình làng cổ, thờ Thành hoàng.\n", first, "vi", null).statusCode(200)
                .extract().jsonPath().getLong("article.revision");
        given().accept(ContentType.JSON).when().get(base + "api/spaces/tourism/articles/" + englishSlug).then()
                .body("tourism.outdated", equalTo(true));
        given().accept(ContentType.HTML).when().get(base + "wiki/tourism/" + englishSlug).then().statusCode(200)
                .body(containsString("thay đổi sau lần cập nhật"));
        long translated = given().accept(ContentType.JSON).when().get(base + "api/spaces/tourism/articles/" + englishSlug)
                .then().extract().jsonPath().getLong("revision");
        save("hocsinh", englishSlug, english, "An old communal house honouring the village's guardian spirit.\n", translated,
                null, Map.of("translationOf", slug, "sourceRevision", second)).statusCode(200)
                .body("article.tourism.outdated", equalTo(false));

        // the QR code leads to the visitor's language, and to Vietnamese when the group lacks it
        given().redirects().follow(false).header("Accept-Language", "en-GB,en;q=0.9").when()
                .get(base + "tourism/go/" + slug).then().statusCode(303)
                .header("Location", endsWith("/wiki/tourism/" + englishSlug + "?lang=en"));
        given().redirects().follow(false).header("Accept-Language", "fr-FR,fr;q=0.9").when()
                .get(base + "tourism/go/" + englishSlug).then().statusCode(303)
                .header("Location", endsWith("/wiki/tourism/" + slug + "?lang=en"));
        given().redirects().follow(false).when().get(base + "tourism/go/" + englishSlug).then().statusCode(303)
                .header("Location", endsWith("/wiki/tourism/" + slug + "?lang=vi"));
        given().redirects().follow(false).header("Accept-Language", "vi").when()
                .get(base + "tourism/go/" + slug + "?lang=en").then().statusCode(303)
                .header("Location", endsWith("/wiki/tourism/" + englishSlug + "?lang=en"));
        given().when().get(base + "api/tourism/places/" + slug + "/qr.svg").then().statusCode(200)
                .contentType(startsWith("image/svg+xml")).body(containsString("<svg"));
        // a Chinese title keeps its characters in the address (percent-encoded in the header)
        given().auth().oauth2(Tokens.of("hocsinh")).redirects().follow(false).accept(ContentType.HTML)
                .queryParam("title", "乡村公所").queryParam("translationOf", slug).queryParam("language", "zh")
                .when().get(base + "wiki/tourism/new").then().statusCode(303)
                .header("Location", containsString("/wiki/tourism/" + java.net.URI.create("乡村公所").toASCIIString() + "/edit?title="));
        // a title with no letter at all is named after its source
        given().auth().oauth2(Tokens.of("hocsinh")).redirects().follow(false).accept(ContentType.HTML)
                .queryParam("title", "…").queryParam("translationOf", slug).queryParam("language", "zh")
                .when().get(base + "wiki/tourism/new").then().statusCode(303)
                .header("Location", containsString("/wiki/tourism/" + slug + "-zh/edit?title="));
        given().accept(ContentType.HTML).when().get(base + "tourism/qr/" + slug).then().statusCode(200)
                .body(containsString("/tourism/go/" + slug)).body(containsString("English"));
    }

    @Test
    void badPlacesAndTranslationsAreRefused() {
        String slug = "dia-diem-sai-" + ThreadLocalRandom.current().nextInt(1_000_000);
        save("bientap", slug, "Sai", "x\n", null, "vi", Map.of("latitude", 21.0)).statusCode(400)
                .body("type", equalTo(PROBLEMS + "incomplete-coordinates"));
        save("bientap", slug, "Sai", "x\n", null, "vi", Map.of("kind", "castle")).statusCode(400)
                .body("type", equalTo(PROBLEMS + "invalid-place-kind"));
        save("bientap", slug, "Sai", "x\n", null, "vi", Map.of("latitude", 91.0, "longitude", 105.0)).statusCode(400)
                .body("type", equalTo(PROBLEMS + "invalid-input"));
        save("bientap", slug, "Sai", "x\n", null, "vi", Map.of("translationOf", "chua-mot-cot")).statusCode(400)
                .body("type", equalTo(PROBLEMS + "translation-language"));
        save("bientap", slug, "Wrong", "x\n", null, "en", Map.of("translationOf", "khong-co-bai-nay")).statusCode(400)
                .body("type", equalTo(PROBLEMS + "unknown-translation-source"));
        save("bientap", slug, "Wrong", "x\n", null, "xx", null).statusCode(400)
                .body("type", equalTo(PROBLEMS + "unsupported-language"));
        given().auth().oauth2(Tokens.of("hocsinh")).contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("title", "Không phải du lịch", "markdown", "x", "tourism", Map.of("kind", "food")))
                .when().put(base + "api/spaces/general/articles/" + slug)
                .then().statusCode(400).body("type", equalTo(PROBLEMS + "fields-not-for-space"));
        given().when().get(base + "api/tourism/places.geojson?bbox=1,2,3").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("type", equalTo(PROBLEMS + "invalid-bbox"));
        given().when().get(base + "api/tourism/places/" + slug + "/qr.svg").then().statusCode(404);
        given().accept(ContentType.JSON).when().get(base + "api/spaces/tourism/articles/" + slug).then().statusCode(404);
    }

    private ValidatableResponse save(String user, String slug, String title, String markdown, Long baseRevision,
                                     String language, Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(Map.of("title", title, "markdown", markdown));
        if (baseRevision != null) {
            body.put("baseRevision", baseRevision);
        }
        if (language != null) {
            body.put("language", language);
        }
        if (fields != null) {
            body.put("tourism", fields);
        }
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).accept(ContentType.JSON).body(body)
                .when().put(base + "api/spaces/tourism/articles/" + slug).then();
    }
}
