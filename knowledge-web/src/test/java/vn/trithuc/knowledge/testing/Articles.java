package vn.trithuc.knowledge.testing;

import static io.restassured.RestAssured.given;

import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import vn.trithuc.knowledge.article.Slug;
import vn.trithuc.testing.Tokens;

/**
 * Test articles, valid by default and saved through the real API with a real token:
 * {@code Articles.anArticle().inSpace("medical").by("bacsi").create(base)}. Titles get a random
 * suffix so tests never collide, whatever their order or earlier runs left behind.
 */
public final class Articles {

    /** What a created article is known by. */
    public record Created(String space, String slug, String title, long revision) {
    }

    private String space = "general";
    private String title = "Bài thử";
    private String markdown = "Nội dung thử.\n";
    private String user = "hocsinh";
    private Long baseRevision;
    private Map<String, Object> agriculture;

    private Articles() {
    }

    public static Articles anArticle() {
        return new Articles();
    }

    public Articles inSpace(String space) {
        this.space = space;
        return this;
    }

    /** The title's start; a random number is appended. */
    public Articles titled(String prefix) {
        this.title = prefix;
        return this;
    }

    public Articles withText(String markdown) {
        this.markdown = markdown;
        return this;
    }

    public Articles by(String user) {
        this.user = user;
        return this;
    }

    public Articles withFarmingDetails(Map<String, Object> fields) {
        this.agriculture = fields;
        return this;
    }

    /** Creates the article and checks it was accepted (201, or 202 when held for review). */
    public Created create(URL base) {
        String fullTitle = title + " " + ThreadLocalRandom.current().nextInt(1_000_000);
        String slug = Slug.fromTitle(fullTitle).value();
        long revision = save(base, slug, fullTitle).statusCode(org.hamcrest.Matchers.oneOf(201, 202))
                .extract().jsonPath().getLong("article.revision");
        return new Created(space, slug, fullTitle, revision);
    }

    /** Saves a new revision of an existing article, based on {@code baseRevision}. */
    public ValidatableResponse edit(URL base, Created article, long baseRevision) {
        this.baseRevision = baseRevision;
        return save(base, article.slug(), article.title());
    }

    private ValidatableResponse save(URL base, String slug, String fullTitle) {
        Map<String, Object> body = new HashMap<>(Map.of("title", fullTitle, "markdown", markdown));
        if (baseRevision != null) {
            body.put("baseRevision", baseRevision);
        }
        if (agriculture != null) {
            body.put("agriculture", agriculture);
        }
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).accept(ContentType.JSON).body(body)
                .when().put(base + "api/spaces/" + space + "/articles/" + slug).then();
    }
}
