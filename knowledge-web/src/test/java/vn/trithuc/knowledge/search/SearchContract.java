package vn.trithuc.knowledge.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

import vn.trithuc.knowledge.article.Slug;
import vn.trithuc.knowledge.testing.Articles;
import vn.trithuc.testing.Tokens;

/**
 * Vietnamese-first search through the real API — diacritics, ranking, facets, suggestions,
 * corrections, visibility, "near me", bad input and the reindex job — as every search backend
 * must pass it: {@link SearchIT} runs it on the embedded Lucene index, {@link OpenSearchIT} on an
 * OpenSearch node.
 */
abstract class SearchContract {

    private static final String PROBLEMS = "https://trithuc.vn/problems/";

    /** The application's root URL, ending in a slash; set before each test. */
    protected URL base;

    /** A word no other test article has, so each test sees only its own articles. */
    private static String marker() {
        return "zq" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
    }

    @Test
    void everySpellingFindsHaNoiAndExactMarksRankFirst() {
        String m = marker();
        String haNoi = Articles.anArticle().titled("Hà Nội " + m).withText("Hà Nội là thủ đô của Việt Nam. " + m + "\n").create(base).slug();
        String haNoiLower = Articles.anArticle().titled("Hạ Nội " + m).withText("Vùng hạ nội của sông. " + m + "\n").create(base).slug();

        for (String typed : List.of("ha noi", "Ha Noi", "HÀ NỘI", "hà nội")) {
            given().accept(ContentType.JSON).queryParam("q", typed + " " + m).queryParam("size", 50).when().get(base + "api/search")
                    .then().statusCode(200).body("hits.slug", hasItem(haNoi)).body("hits.slug", hasItem(haNoiLower));
        }
        given().queryParam("q", "hà nội " + m).when().get(base + "api/search").then().body("hits[0].slug", equalTo(haNoi));
        given().queryParam("q", "hạ nội " + m).when().get(base + "api/search").then().body("hits[0].slug", equalTo(haNoiLower));
        given().queryParam("q", "ha noi " + m).when().get(base + "api/search").then()
                .body("hits[0].snippet", containsString("<mark>"));
        // typed without marks, the likely reading ranks first, though "hạ nội"'s text is shorter
        given().queryParam("q", "ha noi " + m).when().get(base + "api/search").then().body("hits[0].slug", equalTo(haNoi));
        // đ and d
        String daNang = Articles.anArticle().titled("Đà Nẵng " + m).withText("Thành phố biển. " + m + "\n").create(base).slug();
        given().queryParam("q", "da nang " + m).when().get(base + "api/search").then().body("hits[0].slug", equalTo(daNang));
    }

    @Test
    void translationsAreAnalysedInTheirOwnLanguage() {
        String m = marker();
        String source = place("Chùa thử " + m, 21.03, 105.83);
        String english = "Test pagoda " + m;
        String french = "Pagode d'essai " + m;
        String chinese = "河内寺 " + m;
        translate(english, Slug.fromTitle(english).value(), "en", "The pagodas were rebuilt after the wars.", source);
        translate(french, Slug.fromTitle(french).value(), "fr", "Les églises et l'ancienne pagode.", source);
        translate(chinese, source + "-zh", "zh", "河内市的古寺。", source);
        given().queryParam("q", "pagoda rebuilding " + m).when().get(base + "api/search").then()
                .body("hits.slug", hasItem(Slug.fromTitle(english).value()));
        given().queryParam("q", "eglise " + m).when().get(base + "api/search").then()
                .body("hits.slug", hasItem(Slug.fromTitle(french).value()));
        given().queryParam("q", "河内市").queryParam("lang", "zh").when().get(base + "api/search").then()
                .body("hits.slug", hasItem(source + "-zh")).body("facets.language.zh", greaterThanOrEqualTo(1));
    }

    private void translate(String title, String slug, String language, String text, String source) {
        given().auth().oauth2(Tokens.of("hocsinh")).contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("title", title, "markdown", text + "\n", "language", language,
                        "tourism", Map.of("translationOf", source)))
                .when().put(base + "api/spaces/tourism/articles/" + slug).then().statusCode(201);
    }

    @Test
    void eitherPlaceOfTheToneMarkCountsAsTheSameMarks() {
        // "hoá" (older placement, as many phone keyboards type it) is "hóa", not "hòa"
        String m = marker();
        String hoa = Articles.anArticle().titled("Hóa " + m).withText("Hóa chất. " + m + "\n").create(base).slug();
        String hoaGrave = Articles.anArticle().titled("Hòa " + m).withText("Hòa bình. " + m + "\n").create(base).slug();
        given().queryParam("q", "hoá " + m).when().get(base + "api/search").then().statusCode(200)
                .body("hits[0].slug", equalTo(hoa)).body("hits.slug", hasItem(hoaGrave));
    }

    @Test
    void titlesAndAdjacentSyllablesWeighMore() {
        String m = marker();
        String titled = Articles.anArticle().titled("Bệnh viện " + m).withText("Nơi khám chữa bệnh.\n").create(base).slug();
        String apart = Articles.anArticle().titled("Ghi chép " + m).withText("Bệnh nhân ở lại. Viện nghiên cứu " + m + ".\n")
                .create(base).slug();
        // size 50: integration runs on a kept database leave other hospitals behind
        given().queryParam("q", "benh vien " + m).queryParam("size", 50).when().get(base + "api/search").then()
                .body("hits[0].slug", equalTo(titled)).body("hits.slug", hasItem(apart));
    }

    @Test
    void foreignNamesMatchTheirVariantsWithoutAFuzzyPass() {
        String m = marker();
        String ottoman = Articles.anArticle().titled("Lịch sử " + m)
                .withText("Đế chế Ottoman kéo dài hơn sáu thế kỷ, từ Tiểu Á đến Bắc Phi. " + m + "\n").create(base).slug();
        for (String other : List.of("Một", "Hai", "Ba")) {
            Articles.anArticle().titled(other + " " + m).withText("Đế chế khác. " + m + "\n").create(base);
        }
        // enough exact matches (the marker) that no fuzzy pass runs: "Ottomans" finds "Ottoman" by itself
        given().queryParam("q", "Ottomans " + m).when().get(base + "api/search").then().statusCode(200)
                .body("fuzzy", equalTo(false)).body("hits[0].slug", equalTo(ottoman));
    }

    @Test
    void facetsCountAndFiltersNarrow() {
        String m = marker();
        Articles.anArticle().titled("Lúa " + m).withText("Trồng lúa nước. " + m + "\n[[Thể loại:Cây lương thực " + m + "]]\n")
                .create(base);
        Articles.anArticle().inSpace("agriculture").titled("Lúa nếp " + m).withText("Giống lúa nếp. " + m + "\n").create(base);
        given().queryParam("q", m).when().get(base + "api/search").then().statusCode(200)
                .body("total", equalTo(2))
                .body("facets.space.general", equalTo(1)).body("facets.space.agriculture", equalTo(1))
                .body("facets.category.'Cây lương thực " + m + "'", equalTo(1));
        given().queryParam("q", m).queryParam("space", "agriculture").when().get(base + "api/search").then()
                .body("total", equalTo(1)).body("hits[0].space", equalTo("agriculture"));
        given().queryParam("q", m).queryParam("size", 500).when().get(base + "api/search").then()
                .body("size", lessThanOrEqualTo(SearchService.MAX_PAGE_SIZE));
    }

    @Test
    void suggestionsAreDiacriticInsensitivePrefixes() {
        String m = marker();
        String slug = Articles.anArticle().titled("Hồ Hoàn Kiếm " + m).withText("Hồ ở trung tâm.\n").create(base).slug();
        // the marker's first letters keep earlier runs' articles out of the eight suggestions
        given().queryParam("q", "ho hoan kiem " + m.substring(0, 6)).when().get(base + "api/suggest").then().statusCode(200)
                .body("slug", hasItem(slug));
        given().queryParam("q", "Hồ Hoàn Kiếm " + m.substring(0, 6)).when().get(base + "api/suggest").then()
                .body("slug", hasItem(slug));
        given().queryParam("q", "ho hoan k").when().get(base + "api/suggest").then().statusCode(200)
                .body("title", hasItem(startsWith("Hồ Hoàn Kiếm")));
        given().accept(ContentType.HTML).queryParam("q", "ho hoan kiem " + m).when().get(base + "search").then()
                .statusCode(200).body(containsString("/wiki/general/" + slug)).body(containsString("<mark>"));
    }

    @Test
    void aPendingMedicalEditIsNotFoundUntilApproved() {
        String m = marker();
        String title = "Sởi " + m;
        String slug = Slug.fromTitle(title).value();
        long first = given().auth().oauth2(Tokens.of("bacsi")).contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("title", title, "markdown", "Tiêm vắc-xin.\n")).when().put(base + "api/spaces/medical/articles/" + slug)
                .then().statusCode(201).extract().jsonPath().getLong("article.revision");
        String secret = marker();
        long pending = given().auth().oauth2(Tokens.of("hocsinh")).contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("title", title, "markdown", "Tiêm vắc-xin. " + secret + "\n", "baseRevision", first))
                .when().put(base + "api/spaces/medical/articles/" + slug)
                .then().statusCode(202).extract().jsonPath().getLong("article.revision");
        given().queryParam("q", secret).when().get(base + "api/search").then().body("total", equalTo(0));
        given().auth().oauth2(Tokens.of("bacsi")).contentType(ContentType.JSON).body(Map.of("comment", "Đúng"))
                .when().post(base + "api/reviews/" + pending + "/approve").then().statusCode(200);
        given().queryParam("q", secret).when().get(base + "api/search").then().body("total", equalTo(1))
                .body("hits[0].slug", equalTo(slug)).body("facets.status.reviewed", equalTo(1));
        // a medical article whose only revision waits for review is not found either
        String hidden = marker();
        given().auth().oauth2(Tokens.of("hocsinh")).contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("title", "Cúm " + hidden, "markdown", hidden + "\n"))
                .when().put(base + "api/spaces/medical/articles/" + Slug.fromTitle("Cúm " + hidden)).then().statusCode(202);
        given().queryParam("q", hidden).when().get(base + "api/search").then().body("total", equalTo(0));
    }

    @Test
    void typosGetAFuzzyPassAndACorrection() {
        String m = marker();
        String slug = Articles.anArticle().titled("Nông nghiệp hữu cơ " + m).withText("Canh tác không dùng thuốc hoá học.\n")
                .create(base).slug();
        given().queryParam("q", "nong ngiep huu co " + m).when().get(base + "api/search").then().statusCode(200)
                .body("hits.slug", hasItem(slug)).body("suggestion", containsString("nghiep"));
    }

    @Test
    void whenTheFuzzyPassAddsResultsExactMatchesStayFirst() {
        // words of the marker only, so the exact pass finds two articles and the fuzzy pass a third
        String m = marker();
        String typo = m.substring(0, m.length() - 1) + (m.endsWith("x") ? "y" : "x");
        String grave = Articles.anArticle().titled(m + "à").withText("Mục thử.\n").create(base).slug();
        String dot = Articles.anArticle().titled(m + "ạ").withText("Mục thử.\n").create(base).slug();
        String near = Articles.anArticle().titled(typo + "à").withText("Mục thử.\n").create(base).slug();
        given().queryParam("q", m + "à").when().get(base + "api/search").then().statusCode(200)
                .body("fuzzy", equalTo(true)).body("total", equalTo(3))
                .body("hits[0].slug", equalTo(grave)).body("hits[1].slug", equalTo(dot)).body("hits[2].slug", equalTo(near));
    }

    @Test
    void nearMeSortsPlacesByDistance() {
        String m = marker();
        String near = place("Đền gần " + m, 21.0290, 105.8520);
        String far = place("Đền xa " + m, 21.0900, 105.8000);
        given().queryParam("q", m).queryParam("near", "21.0285,105.8542").when().get(base + "api/search").then()
                .statusCode(200).body("hits[0].slug", equalTo(near)).body("hits[1].slug", equalTo(far))
                .body("hits[0].distanceKm", lessThanOrEqualTo(1f));
        given().queryParam("q", m).queryParam("near", "21.0285,105.8542").queryParam("radius", 2).when()
                .get(base + "api/search").then().body("hits.slug", not(hasItem(far)));
        given().queryParam("near", "abc").when().get(base + "api/search").then().statusCode(400)
                .body("type", equalTo(PROBLEMS + "invalid-near"));
    }

    @Test
    void badQueriesAreClearErrorsOrSensibleResults() {
        given().when().get(base + "api/search").then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("type", equalTo(PROBLEMS + "query-required"));
        given().queryParam("q", "x".repeat(1001)).when().get(base + "api/search").then().statusCode(400)
                .body("type", equalTo(PROBLEMS + "query-too-long"));
        for (String odd : List.of("\"", "*", "AND (", "title:x OR", "\\", "[[", "-")) {
            given().queryParam("q", odd).when().get(base + "api/search").then().statusCode(200)
                    .body("total", greaterThanOrEqualTo(0));
        }
        given().queryParam("q", "ha noi").queryParam("page", 0).when().get(base + "api/search").then().statusCode(400)
                .body("type", equalTo(PROBLEMS + "invalid-page"));
    }

    @Test
    void administratorsRebuildTheIndexAsABatchJob() throws InterruptedException {
        String m = marker();
        String slug = Articles.anArticle().titled("Văn Miếu " + m).withText("Trường đại học đầu tiên.\n").create(base).slug();
        given().auth().oauth2(Tokens.of("bientap")).when().post(base + "api/admin/search/reindex").then().statusCode(403);
        long id = given().auth().oauth2(Tokens.of("quantri")).accept(ContentType.JSON).when()
                .post(base + "api/admin/search/reindex").then().statusCode(202)
                .extract().jsonPath().getLong("id");
        String status = "";
        for (int i = 0; i < 120 && !status.equals("COMPLETED") && !status.equals("FAILED"); i++) {
            Thread.sleep(500);
            status = given().auth().oauth2(Tokens.of("quantri")).accept(ContentType.JSON).when()
                    .get(base + "api/admin/search/reindex/" + id).then().statusCode(200).extract().jsonPath().getString("status");
        }
        org.assertj.core.api.Assertions.assertThat(status).isEqualTo("COMPLETED");
        given().auth().oauth2(Tokens.of("quantri")).accept(ContentType.JSON).when().get(base + "api/admin/search/reindex/" + id)
                .then().body("total", greaterThanOrEqualTo(1)).body("done", equalTo(
                        given().auth().oauth2(Tokens.of("quantri")).when().get(base + "api/admin/search/reindex/" + id)
                                .then().extract().jsonPath().getInt("total")));
        given().queryParam("q", m).when().get(base + "api/search").then().body("hits.slug", hasItem(slug));
        given().auth().oauth2(Tokens.of("quantri")).accept(ContentType.HTML).when().get(base + "admin/search").then()
                .statusCode(200).body(containsString("#" + id));
        given().auth().oauth2(Tokens.of("quantri")).when().get(base + "api/admin/search/reindex/999999").then().statusCode(404);
    }

    private String place(String title, double lat, double lon) {
        String slug = Slug.fromTitle(title).value();
        given().auth().oauth2(Tokens.of("bientap")).contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("title", title, "markdown", "Đền cổ.\n", "tourism",
                        Map.of("kind", "heritage", "latitude", lat, "longitude", lon)))
                .when().put(base + "api/spaces/tourism/articles/" + slug).then().statusCode(201);
        return slug;
    }
}
