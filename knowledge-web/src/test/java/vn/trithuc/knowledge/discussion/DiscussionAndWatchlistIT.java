package vn.trithuc.knowledge.discussion;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.net.URL;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;

import vn.trithuc.knowledge.testing.Articles;
import vn.trithuc.testing.Deployments;
import vn.trithuc.testing.KeycloakExtension;
import vn.trithuc.testing.Tokens;

/** Discussion threads and watchlists through the real API with real tokens. */
@ExtendWith(KeycloakExtension.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DiscussionAndWatchlistIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.knowledgeWeb();
    }

    @Test
    void contributorsDiscussAnArticleAndRepliesStayInItsThread() {
        String slug = create("Cột cờ", "Xây năm 1812.\n");
        String discussion = base + "api/spaces/general/articles/" + slug + "/discussion";

        long first = given().auth().oauth2(Tokens.of("hocsinh")).contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("markdown", "Có nguồn cho **năm 1812** không?")).when().post(discussion)
                .then().statusCode(201).body("author", equalTo("hocsinh"))
                .body("html", containsString("<strong>năm 1812</strong>"))
                .extract().jsonPath().getLong("id");
        given().auth().oauth2(Tokens.of("bientap")).contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("markdown", "Theo sách *Hà Nội nghìn năm*. <script>x</script>", "replyTo", first))
                .when().post(discussion)
                .then().statusCode(201).body("replyTo", equalTo((int) first)).body("html", not(containsString("<script")));

        given().accept(ContentType.JSON).when().get(discussion)
                .then().statusCode(200).body("author", equalTo(java.util.List.of("hocsinh", "bientap")));
        given().accept(ContentType.HTML).when().get(base + "wiki/general/" + slug + "/discussion")
                .then().statusCode(200).body(containsString("Có nguồn cho")).body(containsString("trả lời"));

        given().contentType(ContentType.JSON).accept(ContentType.JSON).body(Map.of("markdown", "ẩn danh"))
                .when().post(discussion).then().statusCode(401);
        given().auth().oauth2(Tokens.of("hocsinh")).contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("markdown", "   ")).when().post(discussion)
                .then().statusCode(400).body("type", equalTo("https://trithuc.vn/problems/invalid-post"));
        given().auth().oauth2(Tokens.of("hocsinh")).contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("markdown", "?", "replyTo", 987654321)).when().post(discussion).then().statusCode(404);
    }

    @Test
    void watchlistShowsChangesSinceTheLastVisit() {
        String slug = create("Ô Quan Chưởng", "Cửa ô duy nhất còn lại.\n");
        String watch = base + "api/me/watchlist/general/" + slug;
        given().auth().oauth2(Tokens.of("congchuc")).when().put(watch).then().statusCode(204);

        long current = given().accept(ContentType.JSON).when().get(base + "api/spaces/general/articles/" + slug)
                .then().extract().jsonPath().getLong("revision");
        given().auth().oauth2(Tokens.of("bientap")).contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("title", "x", "markdown", "Cửa ô duy nhất còn lại, xây năm 1817.\n", "baseRevision", current))
                .when().put(base + "api/spaces/general/articles/" + slug).then().statusCode(200);

        given().auth().oauth2(Tokens.of("congchuc")).accept(ContentType.JSON).when().get(base + "api/me/watchlist")
                .then().statusCode(200)
                .body("find { it.slug == '" + slug + "' }.changesSinceLastVisit", equalTo(1));
        given().auth().oauth2(Tokens.of("congchuc")).accept(ContentType.HTML).when().get(base + "wiki/general/" + slug)
                .then().statusCode(200).body(containsString("Bỏ theo dõi"));
        given().auth().oauth2(Tokens.of("congchuc")).accept(ContentType.JSON).when().get(base + "api/me/watchlist")
                .then().body("find { it.slug == '" + slug + "' }.changesSinceLastVisit", equalTo(0));

        given().auth().oauth2(Tokens.of("congchuc")).when().delete(watch).then().statusCode(204);
        given().auth().oauth2(Tokens.of("congchuc")).accept(ContentType.JSON).when().get(base + "api/me/watchlist")
                .then().body("slug", not(hasItem(slug)));
        given().accept(ContentType.JSON).when().get(base + "api/me/watchlist").then().statusCode(401);
    }

    private String create(String prefix, String markdown) {
        return Articles.anArticle().titled(prefix).withText(markdown).create(base).slug();
    }
}
