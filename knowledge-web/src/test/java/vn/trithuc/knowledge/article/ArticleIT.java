package vn.trithuc.knowledge.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.net.URL;
import java.util.HashMap;
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

import vn.trithuc.testing.Deployments;
import vn.trithuc.testing.KeycloakExtension;
import vn.trithuc.testing.Tokens;

/** Versioned community editing through the real API with real Keycloak tokens. */
@ExtendWith(KeycloakExtension.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ArticleIT {

    private static final String PROBLEM = "application/problem+json";
    private static final String TEXT = """
            # Hồ Gươm

            Hồ nằm ở trung tâm quận Hoàn Kiếm.

            ## Lịch sử
            Tên gọi gắn với truyền thuyết trả gươm.

            ## Cảnh quan
            Tháp Rùa và cầu Thê Húc.
            """;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.knowledgeWeb();
    }

    @Test
    void createEditHistoryDiffRevert() {
        String title = unique("Hồ Gươm");
        String slug = Slug.fromTitle(title).value();

        long first = save("hocsinh", "general", slug, title, TEXT, null, "Bài mới").statusCode(201)
                .header("Location", startsWith(base + "api/spaces/general/articles/" + slug))
                .body("created", equalTo(true))
                .body("article.status", equalTo("published"))
                .extract().jsonPath().getLong("article.revision");
        long second = save("bientap", "general", slug, title, TEXT.replace("trung tâm", "trung tâm lịch sử"), first,
                "Chính xác hơn").statusCode(200).extract().jsonPath().getLong("article.revision");

        given().accept(ContentType.JSON).when().get(article("general", slug))
                .then().statusCode(200)
                .body("revision", equalTo((int) second))
                .body("html", containsString("<h2 id=\"lịch-sử\">Lịch sử</h2>"))
                .body("markdown", containsString("trung tâm lịch sử"));
        given().accept(ContentType.JSON).when().get(article("general", slug) + "/revisions")
                .then().statusCode(200)
                .body("id", equalTo(java.util.List.of((int) second, (int) first)))
                .body("[0].author", equalTo("bientap"))
                .body("[0].timestamp", org.hamcrest.Matchers.matchesPattern("\\d{4}-\\d{2}-\\d{2}T.+"))
                .body("[0].summary", equalTo("Chính xác hơn"))
                .body("[0].sizeDelta", equalTo("lịch sử ".getBytes(java.nio.charset.StandardCharsets.UTF_8).length));
        given().accept(ContentType.JSON).when().get(article("general", slug) + "/diff?from=" + first + "&to=" + second)
                .then().statusCode(200)
                .body("rows.find { it.change == 'change' }.after", containsString("<ins>lịch sử"));

        given().auth().oauth2(Tokens.of("bientap")).contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("revision", first, "summary", "Khôi phục"))
                .when().post(article("general", slug) + "/revert")
                .then().statusCode(200)
                .body("article.markdown", not(containsString("trung tâm lịch sử")));
        given().accept(ContentType.JSON).when().get(article("general", slug) + "/revisions").then().body("", hasSize(3));
        given().accept(ContentType.JSON).when().get(article("general", slug) + "/blame")
                .then().statusCode(200)
                .body("find { it.text == 'Hồ nằm ở trung tâm quận Hoàn Kiếm.' }.author", equalTo("bientap"))
                .body("find { it.text == '## Lịch sử' }.author", equalTo("hocsinh"));
    }

    @Test
    void staleSaveIsMergedWhenHunksDoNotOverlap() {
        String title = unique("Tháp Rùa");
        String slug = Slug.fromTitle(title).value();
        long base0 = save("hocsinh", "general", slug, title, TEXT, null, "").statusCode(201)
                .extract().jsonPath().getLong("article.revision");
        save("bientap", "general", slug, title, TEXT.replace("Tháp Rùa và", "Tháp Rùa (thế kỷ XIX) và"), base0, "")
                .statusCode(200);

        save("hocsinh", "general", slug, title, TEXT.replace("trả gươm.", "trả gươm cho Rùa Vàng."), base0, "")
                .statusCode(200)
                .body("merged", equalTo(true))
                .body("article.markdown", containsString("Tháp Rùa (thế kỷ XIX)"))
                .body("article.markdown", containsString("trả gươm cho Rùa Vàng."));
    }

    @Test
    void staleSaveOfTheSameLinesIsAConflictWithTheHunks() {
        String title = unique("Cầu Thê Húc");
        String slug = Slug.fromTitle(title).value();
        long base0 = save("hocsinh", "general", slug, title, TEXT, null, "").statusCode(201)
                .extract().jsonPath().getLong("article.revision");
        long head = save("bientap", "general", slug, title, TEXT.replace("cầu Thê Húc.", "cầu Thê Húc sơn đỏ."), base0, "")
                .statusCode(200).extract().jsonPath().getLong("article.revision");

        save("hocsinh", "general", slug, title, TEXT.replace("cầu Thê Húc.", "cầu Thê Húc bằng gỗ."), base0, "")
                .statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo("https://trithuc.vn/problems/edit-conflict"))
                .body("headRevision", equalTo((int) head))
                .body("conflicts[0].theirs", containsString("sơn đỏ"))
                .body("conflicts[0].yours", containsString("bằng gỗ"));
        given().accept(ContentType.JSON).when().get(article("general", slug))
                .then().body("markdown", containsString("sơn đỏ")).body("markdown", not(containsString("bằng gỗ")));
    }

    @Test
    void contributorsMedicalEditIsInvisibleUntilADoctorApprovesIt() {
        String title = unique("Sốt xuất huyết");
        String slug = Slug.fromTitle(title).value();
        long approved = save("bacsi", "medical", slug, title, "Sốt cao đột ngột.\n", null, "Bác sĩ viết")
                .statusCode(201).body("article.reviewedBy", equalTo("bacsi"))
                .extract().jsonPath().getLong("article.revision");

        long pending = save("hocsinh", "medical", slug, title, "Sốt cao đột ngột.\nUống nhiều nước.\n", approved, "Bổ sung")
                .statusCode(202).body("article.status", equalTo("pending"))
                .extract().jsonPath().getLong("article.revision");
        given().accept(ContentType.JSON).when().get(article("medical", slug))
                .then().statusCode(200).body("revision", equalTo((int) approved))
                .body("markdown", not(containsString("Uống nhiều nước")));
        given().accept(ContentType.JSON).when().get(article("medical", slug) + "/revisions/" + pending)
                .then().statusCode(404);

        given().auth().oauth2(Tokens.of("bacsi")).accept(ContentType.JSON).when().get(base + "api/reviews?space=medical")
                .then().statusCode(200)
                .body("revision", hasItem((int) pending))
                .body("find { it.revision == " + pending + " }.diff.find { it.change == 'insert' }.after",
                        containsString("Uống nhiều nước"));
        given().auth().oauth2(Tokens.of("hocsinh")).accept(ContentType.JSON).when().get(base + "api/reviews")
                .then().statusCode(403);

        given().auth().oauth2(Tokens.of("bacsi")).contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("comment", "Chính xác")).when().post(base + "api/reviews/" + pending + "/approve")
                .then().statusCode(200).body("status", equalTo("published"));
        given().accept(ContentType.JSON).when().get(article("medical", slug))
                .then().body("revision", equalTo((int) pending))
                .body("reviewedBy", equalTo("bacsi"))
                .body("markdown", containsString("Uống nhiều nước"));
    }

    @Test
    void rejectedMedicalEditNeverBecomesVisible() {
        String title = unique("Cảm cúm");
        String slug = Slug.fromTitle(title).value();
        save("hocsinh", "medical", slug, title, "Dùng kháng sinh ngay.\n", null, "").statusCode(202);
        given().accept(ContentType.JSON).when().get(article("medical", slug)).then().statusCode(404);
        long pending = given().auth().oauth2(Tokens.of("bacsi")).accept(ContentType.JSON).when().get(base + "api/reviews")
                .then().extract().jsonPath().getLong("find { it.slug == '" + slug + "' }.revision");

        given().auth().oauth2(Tokens.of("bacsi")).contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("comment", "Cúm do virus, kháng sinh không có tác dụng")).when()
                .post(base + "api/reviews/" + pending + "/reject")
                .then().statusCode(200).body("status", equalTo("rejected"));
        given().accept(ContentType.JSON).when().get(article("medical", slug)).then().statusCode(404);
        given().auth().oauth2(Tokens.of("bacsi")).contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of()).when().post(base + "api/reviews/" + pending + "/approve")
                .then().statusCode(409).body("type", equalTo("https://trithuc.vn/problems/not-pending"));
    }

    @Test
    void recentChangesListPublishedEditsOnlyAndTheFeedIsAtom() {
        String title = unique("Chợ Đồng Xuân");
        String slug = Slug.fromTitle(title).value();
        save("bientap", "tourism", slug, title, "Chợ lớn nhất phố cổ.\n", null, "Bài mới").statusCode(201);
        String hidden = unique("Viêm họng");
        save("hocsinh", "medical", Slug.fromTitle(hidden).value(), hidden, "Súc miệng nước muối.\n", null, "").statusCode(202);

        given().accept(ContentType.JSON).when().get(base + "api/recent-changes?limit=20")
                .then().statusCode(200)
                .body("slug", hasItem(slug))
                .body("slug", not(hasItem(Slug.fromTitle(hidden).value())))
                .body("find { it.slug == '" + slug + "' }.author", equalTo("bientap"));
        given().accept(ContentType.JSON).when().get(base + "api/recent-changes?space=general&limit=50")
                .then().statusCode(200).body("space", not(hasItem("tourism")));
        given().when().get(base + "feeds/recent-changes.atom?space=tourism")
                .then().statusCode(200)
                .contentType(containsString("application/atom+xml"))
                .body(containsString("<feed xmlns=\"http://www.w3.org/2005/Atom\">"))
                .body(containsString("<title>" + title + "</title>"));
        given().accept(ContentType.JSON).when().get(base + "api/recent-changes?limit=100000")
                .then().statusCode(400).body("type", equalTo("https://trithuc.vn/problems/invalid-limit"));
    }

    @Test
    void scriptInMarkdownIsNeutralised() {
        String title = unique("XSS");
        save("hocsinh", "general", Slug.fromTitle(title).value(), title,
                "<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n\n[bấm](javascript:alert(3))\n", null, "")
                .statusCode(201)
                .body("article.html", not(containsString("<script")))
                .body("article.html", not(containsString("onerror")))
                .body("article.html", not(containsString("javascript:")));
    }

    @Test
    void administratorsImportJsonLinesWithoutOverwriting() {
        String a = unique("Nhập A");
        String b = unique("Nhập B");
        String lines = "{\"title\":\"" + a + "\",\"markdown\":\"Bài A, [[" + b + "]].\"}\n"
                + "not json\n"
                + "{\"title\":\"" + b + "\",\"markdown\":\"Bài B.\"}\n"
                + "{\"title\":\"" + a + "\",\"markdown\":\"Ghi đè?\"}\n";
        given().auth().oauth2(Tokens.of("bientap")).contentType("application/x-ndjson")
                .body(lines.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post(base + "api/admin/spaces/general/articles").then().statusCode(403);
        given().auth().oauth2(Tokens.of("quantri")).contentType("application/x-ndjson").accept(ContentType.JSON)
                .body(lines.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post(base + "api/admin/spaces/general/articles").then().statusCode(200)
                .body("imported", equalTo(2)).body("skippedCount", equalTo(2))
                .body("skipped.reason", hasItem("exists")).body("skipped.reason", hasItem("not a JSON object"));
        given().accept(ContentType.JSON).when().get(article("general", Slug.fromTitle(a).value())).then().statusCode(200)
                .body("markdown", equalTo("Bài A, [[" + b + "]]."))
                .body("html", not(containsString("wikilink new")));
    }

    @Test
    void livePreviewRendersLikeASaveForContributorsOnly() {
        String missing = unique("Chưa có");
        given().auth().oauth2(Tokens.of("hocsinh")).contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("markdown", "**Đậm** [[" + missing + "]] <script>alert(1)</script>"))
                .when().post(base + "api/spaces/general/preview")
                .then().statusCode(200)
                .body("html", containsString("<strong>Đậm</strong>"))
                .body("html", containsString("class=\"wikilink new\""))
                .body("html", not(containsString("<script")));
        given().contentType(ContentType.JSON).accept(ContentType.JSON).body(Map.of("markdown", "x"))
                .when().post(base + "api/spaces/general/preview").then().statusCode(401);
        given().auth().oauth2(Tokens.of("hocsinh")).contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("markdown", "x")).when().post(base + "api/spaces/nowhere/preview").then().statusCode(404);
    }

    @Test
    void redLinksTurnBlueWhenTheTargetIsCreatedAndBacklinksFollow() {
        String target = unique("Chùa Một Cột");
        String targetSlug = Slug.fromTitle(target).value();
        String source = unique("Quận Ba Đình");
        String sourceSlug = Slug.fromTitle(source).value();
        save("hocsinh", "general", sourceSlug, source, "Có [[" + target + "]].\n", null, "").statusCode(201)
                .body("article.html", containsString("/wiki/general/" + targetSlug + "?redlink&#61;1\" class=\"wikilink new\""));

        save("hocsinh", "general", targetSlug, target, "Xây năm 1049.\n", null, "").statusCode(201);

        given().accept(ContentType.JSON).when().get(article("general", sourceSlug))
                .then().body("html", containsString("href=\"/wiki/general/" + targetSlug + "\" class=\"wikilink\""));
        given().accept(ContentType.JSON).when().get(article("general", targetSlug) + "/backlinks")
                .then().statusCode(200).body("slug", hasItem(sourceSlug));
    }

    @Test
    void titlesInOtherScriptsGetTheirOwnAddresses() {
        // a Japanese page for visitors: no Latin letter to transliterate, so the address keeps the title's letters
        String title = "ハノイ旧市街 " + ThreadLocalRandom.current().nextInt(1_000_000);
        String slug = Slug.fromTitle(title).value();
        org.assertj.core.api.Assertions.assertThat(slug).startsWith("ハノイ旧市街-");
        save("hocsinh", "general", slug, title, "古い通り。\n", null, "").statusCode(201).body("article.slug", equalTo(slug));
        String source = unique("Phố cổ");
        save("hocsinh", "general", Slug.fromTitle(source).value(), source, "Xem [[" + title + "]].\n", null, "")
                .statusCode(201).body("article.html", containsString("href=\"/wiki/general/" + slug + "\" class=\"wikilink\""));
        given().accept(ContentType.HTML).when().get(base + "wiki/general/" + slug)
                .then().statusCode(200).body(containsString(title));
        // an address typed by hand leads to the one spelling of it, percent-encoded
        given().redirects().follow(false).accept(ContentType.HTML).when().get(base + "wiki/general/" + title)
                .then().statusCode(301).header("Location", endsWith("/wiki/general/"
                        + java.net.URI.create(slug).toASCIIString()));
        given().redirects().follow(false).accept(ContentType.HTML).when().get(base + "wiki/general/Hà-Nội")
                .then().statusCode(301).header("Location", endsWith("/wiki/general/ha-noi"));
    }

    @Test
    void renamedArticleKeepsItsOldAddressesAndItsBacklinks() {
        String oldTitle = unique("Nhà hát Lớn");
        String oldSlug = Slug.fromTitle(oldTitle).value();
        String source = unique("Phố Tràng Tiền");
        String sourceSlug = Slug.fromTitle(source).value();
        save("hocsinh", "general", oldSlug, oldTitle, "Xây năm 1911.\n", null, "").statusCode(201);
        save("hocsinh", "general", sourceSlug, source, "Cuối phố là [[" + oldTitle + "]].\n", null, "").statusCode(201);
        String newTitle = unique("Nhà hát Lớn Hà Nội");
        String newSlug = Slug.fromTitle(newTitle).value();

        given().auth().oauth2(Tokens.of("hocsinh")).contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("title", newTitle)).when().post(article("general", oldSlug) + "/rename")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.of("bientap")).contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("title", newTitle, "summary", "Tên đầy đủ")).when().post(article("general", oldSlug) + "/rename")
                .then().statusCode(200).body("slug", equalTo(newSlug)).body("title", equalTo(newTitle));

        given().redirects().follow(false).accept(ContentType.JSON).when().get(article("general", oldSlug))
                .then().statusCode(301).header("Location", containsString("/api/spaces/general/articles/" + newSlug));
        given().redirects().follow(false).accept(ContentType.HTML).when().get(base + "wiki/general/" + oldSlug + "/history")
                .then().statusCode(301).header("Location", containsString("/wiki/general/" + newSlug + "/history"));
        given().accept(ContentType.JSON).when().get(article("general", newSlug) + "/revisions")
                .then().body("", hasSize(2)).body("[0].summary", equalTo("Tên đầy đủ"));
        given().accept(ContentType.JSON).when().get(article("general", newSlug) + "/backlinks")
                .then().body("slug", hasItem(sourceSlug));
        given().accept(ContentType.JSON).when().get(article("general", sourceSlug))
                .then().body("html", containsString("href=\"/wiki/general/" + oldSlug + "\" class=\"wikilink\""));

        given().auth().oauth2(Tokens.of("bientap")).contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("title", source)).when().post(article("general", newSlug) + "/rename")
                .then().statusCode(409).body("type", equalTo("https://trithuc.vn/problems/rename-target-exists"));
    }

    @Test
    void editorRollsBackAllEditsOfAUserAndPatrolsEdits() {
        String title = unique("Hoàng thành Thăng Long");
        String slug = Slug.fromTitle(title).value();
        long good = save("bientap", "general", slug, title, "Di sản thế giới từ năm 2010.\n", null, "").statusCode(201)
                .extract().jsonPath().getLong("article.revision");
        save("congchuc2", "general", slug, title, "Phá hoại!\n", good, "").statusCode(200);
        String ownTitle = unique("Trang của congchuc2");
        save("congchuc2", "general", Slug.fromTitle(ownTitle).value(), ownTitle, "Chỉ mình tôi viết.\n", null, "").statusCode(201);

        given().auth().oauth2(Tokens.of("hocsinh")).contentType(ContentType.JSON).accept(ContentType.JSON).body(Map.of())
                .when().post(base + "api/users/congchuc2/rollback").then().statusCode(403);
        given().auth().oauth2(Tokens.of("bientap")).contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("space", "general")).when().post(base + "api/users/congchuc2/rollback")
                .then().statusCode(200)
                .body("rolledBack.slug", hasItem(slug))
                .body("skipped.slug", hasItem(Slug.fromTitle(ownTitle).value()));
        given().accept(ContentType.JSON).when().get(article("general", slug))
                .then().body("markdown", equalTo("Di sản thế giới từ năm 2010.\n")).body("author", equalTo("bientap"));

        given().auth().oauth2(Tokens.of("hocsinh")).when().post(base + "api/revisions/" + good + "/patrol").then().statusCode(403);
        given().auth().oauth2(Tokens.of("bientap")).when().post(base + "api/revisions/" + good + "/patrol").then().statusCode(204);
        given().accept(ContentType.JSON).when().get(base + "api/recent-changes?space=general&limit=200")
                .then().body("find { it.revision == " + good + " }.patrolled", equalTo(true));
    }

    @Test
    void editorsProtectArticlesAndHideOldRevisions() {
        String title = unique("Lăng Chủ tịch");
        String slug = Slug.fromTitle(title).value();
        long first = save("hocsinh", "general", slug, title, "Số điện thoại riêng: 0900 000 000.\n", null, "").statusCode(201)
                .extract().jsonPath().getLong("article.revision");
        long second = save("bientap", "general", slug, title, "Mở cửa buổi sáng.\n", first, "Bỏ thông tin cá nhân")
                .statusCode(200).extract().jsonPath().getLong("article.revision");

        given().auth().oauth2(Tokens.of("hocsinh")).contentType(ContentType.JSON).body(Map.of("protect", true))
                .when().post(article("general", slug) + "/protection").then().statusCode(403);
        given().auth().oauth2(Tokens.of("bientap")).contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("protect", true)).when().post(article("general", slug) + "/protection")
                .then().statusCode(200).body("protectedArticle", equalTo(true));
        save("hocsinh", "general", slug, title, "Thay đổi.\n", second, "").statusCode(403)
                .body("type", equalTo("https://trithuc.vn/problems/protected"));
        long third = save("bientap", "general", slug, title, "Mở cửa buổi sáng, trừ thứ Hai.\n", second, "").statusCode(200)
                .extract().jsonPath().getLong("article.revision");

        given().auth().oauth2(Tokens.of("bientap")).contentType(ContentType.JSON).body(Map.of("hidden", true))
                .when().post(article("general", slug) + "/revisions/" + third + "/visibility")
                .then().statusCode(409).body("type", equalTo("https://trithuc.vn/problems/cannot-hide-current"));
        given().auth().oauth2(Tokens.of("bientap")).contentType(ContentType.JSON).body(Map.of("hidden", true))
                .when().post(article("general", slug) + "/revisions/" + first + "/visibility").then().statusCode(204);
        given().accept(ContentType.JSON).when().get(article("general", slug) + "/revisions/" + first)
                .then().statusCode(403).body("type", equalTo("https://trithuc.vn/problems/revision-hidden"));
        given().accept(ContentType.JSON).when().get(article("general", slug) + "/diff?from=" + first + "&to=" + second)
                .then().statusCode(403);
        given().auth().oauth2(Tokens.of("bientap")).accept(ContentType.JSON).when().get(article("general", slug) + "/revisions/" + first)
                .then().statusCode(200).body("markdown", containsString("0900"));
        given().accept(ContentType.JSON).when().get(article("general", slug) + "/revisions")
                .then().body("find { it.id == " + first + " }.hidden", equalTo(true));
    }

    @Test
    void onlyReviewersEditAMedicalArticleProtectedForThem() {
        String title = unique("Tiêm chủng");
        String slug = Slug.fromTitle(title).value();
        long first = save("bacsi", "medical", slug, title, "Lịch tiêm chủng mở rộng.\n", null, "").statusCode(201)
                .extract().jsonPath().getLong("article.revision");
        given().auth().oauth2(Tokens.of("bientap")).contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("protect", true, "level", "reviewers")).when().post(article("medical", slug) + "/protection")
                .then().statusCode(200).body("protection", equalTo("reviewers"));
        // not even an editor, and not a contributor's proposal for review
        save("bientap", "medical", slug, title, "Sửa.\n", first, "").statusCode(403)
                .body("type", equalTo("https://trithuc.vn/problems/protected")).body("protection", equalTo("reviewers"));
        save("hocsinh", "medical", slug, title, "Sửa.\n", first, "").statusCode(403);
        save("bacsi", "medical", slug, title, "Lịch tiêm chủng mở rộng năm 2026.\n", first, "").statusCode(200);
        given().auth().oauth2(Tokens.of("bientap")).contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("protect", true, "level", "everyone")).when().post(article("medical", slug) + "/protection")
                .then().statusCode(400).body("type", equalTo("https://trithuc.vn/problems/invalid-protection"));
        given().auth().oauth2(Tokens.of("bientap")).contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("protect", false)).when().post(article("medical", slug) + "/protection")
                .then().statusCode(200).body("protectedArticle", equalTo(false));
    }

    @Test
    void aBlockedUserReadsButCannotEditPostOrUploadUntilUnblocked() {
        String title = unique("Chợ Đồng Xuân");
        String slug = Slug.fromTitle(title).value();
        long first = save("hocsinh", "general", slug, title, "Chợ lớn nhất Hà Nội.\n", null, "").statusCode(201)
                .extract().jsonPath().getLong("article.revision");

        given().auth().oauth2(Tokens.of("hocsinh")).contentType(ContentType.JSON)
                .body(Map.of("reason", "x")).when().put(base + "api/users/nongdan/block").then().statusCode(403);
        given().auth().oauth2(Tokens.of("bientap")).contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("days", 3)).when().put(base + "api/users/hocsinh/block")
                .then().statusCode(400).body("type", equalTo("https://trithuc.vn/problems/reason-required"));
        given().auth().oauth2(Tokens.of("bientap")).contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("reason", "Phá hoại bài viết", "days", 3)).when().put(base + "api/users/hocsinh/block")
                .then().statusCode(200).body("username", equalTo("hocsinh")).body("expiresAt", org.hamcrest.Matchers.notNullValue());
        try {
            given().accept(ContentType.JSON).when().get(base + "api/blocks").then().statusCode(200)
                    .body("username", hasItem("hocsinh"));
            given().accept(ContentType.HTML).when().get(base + "blocks").then().statusCode(200)
                    .body(containsString("Phá hoại bài viết"));
            save("hocsinh", "general", slug, title, "Phá.\n", first, "").statusCode(403)
                    .body("type", equalTo("https://trithuc.vn/problems/blocked")).body("reason", equalTo("Phá hoại bài viết"));
            given().auth().oauth2(Tokens.of("hocsinh")).contentType(ContentType.JSON).accept(ContentType.JSON)
                    .body(Map.of("markdown", "Xin bỏ chặn")).when().post(article("general", slug) + "/discussion")
                    .then().statusCode(403).body("type", equalTo("https://trithuc.vn/problems/blocked"));
            given().auth().oauth2(Tokens.of("hocsinh")).accept(ContentType.JSON).multiPart("file", "a.txt", "abc".getBytes(),
                    "text/plain").when().post(article("general", slug) + "/attachments").then().statusCode(403);
            given().auth().oauth2(Tokens.of("hocsinh")).accept(ContentType.JSON).when().get(article("general", slug))
                    .then().statusCode(200);
        } finally {
            given().auth().oauth2(Tokens.of("bientap")).when().delete(base + "api/users/hocsinh/block").then().statusCode(204);
        }
        save("hocsinh", "general", slug, title, "Chợ lớn nhất Hà Nội, xây năm 1889.\n", first, "").statusCode(200);
        given().auth().oauth2(Tokens.of("bientap")).when().delete(base + "api/users/hocsinh/block").then().statusCode(404);
    }

    @Test
    void refusalsAreProblems() {
        given().contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("title", "Ẩn danh", "markdown", "x")).when().put(article("general", "an-danh"))
                .then().statusCode(401).contentType(PROBLEM);
        save("hocsinh", "sports", "bong-da", "Bóng đá", "x", null, "").statusCode(404)
                .body("type", equalTo("https://trithuc.vn/problems/not-found"));
        save("hocsinh", "general", "Hà-Nội", "Hà Nội", "x", null, "").statusCode(400)
                .body("type", equalTo("https://trithuc.vn/problems/invalid-slug"));
        save("hocsinh", "general", "khong-tieu-de", "", "x", null, "").statusCode(400)
                .body("type", equalTo("https://trithuc.vn/problems/invalid-input"));
        save("hocsinh", "general", "qua-lon", "Quá lớn", "a".repeat(1_000_001), null, "").statusCode(413)
                .body("type", equalTo("https://trithuc.vn/problems/payload-too-large"));
        given().auth().oauth2(Tokens.of("hocsinh")).contentType(ContentType.JSON).accept(ContentType.JSON)
                .body("{\"title\": \"Hỏng\", \"markdown\": ").when().put(article("general", "hong"))
                .then().statusCode(400).body("type", equalTo("https://trithuc.vn/problems/invalid-json"));
        given().accept(ContentType.JSON).when().get(article("general", "khong-ton-tai-" + ThreadLocalRandom.current().nextInt(1_000_000)))
                .then().statusCode(404).contentType(PROBLEM);
    }

    private ValidatableResponse save(String user, String space, String slug, String title, String markdown, Long baseRevision,
                                     String summary) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("markdown", markdown);
        body.put("summary", summary);
        if (baseRevision != null) {
            body.put("baseRevision", baseRevision);
        }
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).accept(ContentType.JSON).body(body)
                .when().put(article(space, slug)).then();
    }

    private String article(String space, String slug) {
        return base + "api/spaces/" + space + "/articles/" + slug;
    }

    private static String unique(String title) {
        return title + " " + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
    }
}
