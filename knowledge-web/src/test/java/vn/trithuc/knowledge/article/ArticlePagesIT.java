package vn.trithuc.knowledge.article;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;

import vn.trithuc.knowledge.testing.Articles;
import vn.trithuc.testing.BrowserSession;
import vn.trithuc.testing.Deployments;
import vn.trithuc.testing.KeycloakExtension;
import vn.trithuc.testing.Tokens;

/** The knowledge pages, as a browser without JavaScript uses them. */
@ExtendWith(KeycloakExtension.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ArticlePagesIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.knowledgeWeb();
    }

    @Test
    void anonymousReadersGetACacheablePageAndA304WhenUnchanged() throws Exception {
        String slug = Articles.anArticle().titled("Văn Miếu").withText("Văn Miếu được xây năm **1070**.\n\n[[Thể loại:Di tích]]\n")
                .create(base).slug();

        String etag = given().accept(ContentType.HTML).when().get(base + "wiki/general/" + slug)
                .then().statusCode(200)
                .header("ETag", notNullValue())
                .header("Last-Modified", notNullValue())
                .header("Set-Cookie", (String) null)
                .body(containsString("<strong>1070</strong>"))
                .body(containsString("Di tích"))
                .extract().header("ETag");
        given().accept(ContentType.HTML).header("If-None-Match", etag).when().get(base + "wiki/general/" + slug)
                .then().statusCode(304);

        // compressed once for clients that take gzip, plain for the others
        given().accept(ContentType.HTML).header("Accept-Encoding", "gzip").when().get(base + "wiki/general/" + slug)
                .then().statusCode(200).header("Content-Encoding", "gzip").header("Vary", containsString("Accept-Encoding"))
                .body(containsString("<strong>1070</strong>"));
        // (REST Assured always offers gzip, so a plain client asks here)
        java.net.http.HttpResponse<String> plain = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "wiki/general/" + slug)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(plain.body()).contains("<strong>1070</strong>");

        // a change that is not a revision (protection) still moves the validators on
        given().auth().oauth2(Tokens.of("bientap")).contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(java.util.Map.of("protect", true)).when().post(base + "api/spaces/general/articles/" + slug + "/protection")
                .then().statusCode(200);
        given().accept(ContentType.HTML).header("If-None-Match", etag).when().get(base + "wiki/general/" + slug)
                .then().statusCode(200).body(containsString("chỉ biên tập viên"));
    }

    @Test
    void medicalPagesCarryTheDisclaimerAndAskForSources() {
        Articles.Created unreferenced = Articles.anArticle().inSpace("medical").by("bacsi").titled("Cảm cúm")
                .withText("Nghỉ ngơi và uống đủ nước.\n").create(base);
        Articles.Created referenced = Articles.anArticle().inSpace("medical").by("bacsi").titled("Sốt xuất huyết")
                .withText("Diệt bọ gậy, ngủ màn.[^1]\n\n[^1]: Bộ Y tế, Hướng dẫn phòng chống sốt xuất huyết, 2023.\n")
                .create(base);
        given().accept(ContentType.HTML).when().get(base + "wiki/medical/" + unreferenced.slug()).then().statusCode(200)
                .body(containsString("không thay thế cho việc khám")).body(containsString("chưa dẫn nguồn"));
        given().accept(ContentType.HTML).when().get(base + "wiki/medical/" + referenced.slug()).then().statusCode(200)
                .body(containsString("không thay thế cho việc khám")).body(org.hamcrest.Matchers.not(containsString("chưa dẫn nguồn")))
                .body(containsString("Hướng dẫn phòng chống sốt xuất huyết"));
    }

    @Test
    void categoriesListTheirArticles() {
        String category = "Di tích thử " + ThreadLocalRandom.current().nextInt(1_000_000);
        Articles.Created article = Articles.anArticle().titled("Đền Quán Thánh").withText("Đền thờ Huyền Thiên Trấn Vũ.\n\n[[Thể loại:"
                + category + "]]\n").create(base);
        given().accept(ContentType.JSON).when().get(base + "api/spaces/general/categories").then().statusCode(200)
                .body("find { it.name == '" + category + "' }.articles", org.hamcrest.Matchers.equalTo(1));
        given().accept(ContentType.JSON).when().get(base + "api/spaces/general/categories/" + category).then().statusCode(200)
                .body("articles.slug", org.hamcrest.Matchers.hasItem(article.slug()));
        given().accept(ContentType.HTML).when().get(base + "categories/general/" + category).then().statusCode(200)
                .body(containsString("/wiki/general/" + article.slug()));
        given().accept(ContentType.HTML).when().get(base + "wiki/general/" + article.slug()).then()
                .body(containsString("/categories/general/" + java.net.URLEncoder.encode(category,
                        java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20")));
        given().accept(ContentType.JSON).when().get(base + "api/spaces/general/categories/Không có thể loại này")
                .then().statusCode(404).contentType(startsWith("application/problem+json"));
        given().accept(ContentType.JSON).when().get(base + "api/spaces/khong-co/categories").then().statusCode(404);
    }

    @Test
    void cachedPagesForAnonymousReadersFollowNewRevisionsAndNewlyCreatedLinkTargets() {
        String target = "Cầu Long Biên " + ThreadLocalRandom.current().nextInt(1_000_000);
        Articles.Created source = Articles.anArticle().titled("Sông Hồng").withText("Bắc qua sông có [[" + target + "]].\n")
                .create(base);
        String page = base + "wiki/general/" + source.slug();
        given().accept(ContentType.HTML).when().get(page).then().body(containsString("class=\"wikilink new\""));
        given().accept(ContentType.HTML).when().get(page).then().body(containsString("class=\"wikilink new\""));

        given().auth().oauth2(Tokens.of("hocsinh")).contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("title", target, "markdown", "Cầu thép xây năm 1899.\n"))
                .when().put(base + "api/spaces/general/articles/" + Slug.fromTitle(target).value()).then().statusCode(201);
        given().accept(ContentType.HTML).when().get(page)
                .then().body(org.hamcrest.Matchers.not(containsString("class=\"wikilink new\"")));

        Articles.anArticle().withText("Bắc qua sông có [[" + target + "]] và cầu Chương Dương.\n")
                .edit(base, source, source.revision()).statusCode(200);
        given().accept(ContentType.HTML).when().get(page).then().body(containsString("cầu Chương Dương"));
    }

    @Test
    void missingArticleOffersToCreateIt() {
        given().accept(ContentType.HTML).when().get(base + "wiki/general/chua-co-bai-nay-" + ThreadLocalRandom.current().nextInt(1_000_000))
                .then().statusCode(404)
                .body(containsString("Viết bài này"));
    }

    @Test
    void historyAndDiffPagesShowTheChanges() {
        Articles.Created article = Articles.anArticle().titled("Lăng Bác").withText("Mở cửa buổi sáng.\n").create(base);
        String slug = article.slug();
        long first = article.revision();
        long second = Articles.anArticle().withText("Mở cửa buổi sáng, trừ thứ Hai.\n").edit(base, article, first)
                .statusCode(200).extract().jsonPath().getLong("article.revision");

        given().accept(ContentType.HTML).when().get(base + "wiki/general/" + slug + "/history")
                .then().statusCode(200)
                .body(containsString("hocsinh"))
                .body(containsString("diff?from=" + first + "&amp;to=" + second));
        given().accept(ContentType.HTML).when().get(base + "wiki/general/" + slug + "/diff?from=" + first + "&to=" + second)
                .then().statusCode(200)
                .body(containsString("Mở cửa buổi sáng<ins>, trừ thứ Hai</ins>."));
    }

    @Test
    void editingThroughTheFormSavesAndAConflictKeepsTheEditorsText() throws Exception {
        String title = "Hồ Tây " + ThreadLocalRandom.current().nextInt(1_000_000);
        String slug = Slug.fromTitle(title).value();
        BrowserSession browser = new BrowserSession();
        HttpResponse<String> editor = browser.logIn(URI.create(base + "wiki/general/" + slug + "/edit?title="
                + URLEncoder.encode(title, StandardCharsets.UTF_8)), "hocsinh", "hocsinh");
        assertThat(editor.statusCode()).isEqualTo(200);
        assertThat(editor.body()).contains("name=\"markdown\"", "value=\"" + title + "\"");

        HttpResponse<String> saved = browser.postForm(URI.create(base + "wiki/general/" + slug + "/edit"),
                form(editor.body(), title, "Hồ lớn nhất nội thành.\nCó chùa Trấn Quốc.\n", ""));
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.uri().getPath()).isEqualTo("/wiki/general/" + slug);
        assertThat(saved.body()).contains("Hồ lớn nhất nội thành.");

        HttpResponse<String> opened = browser.get(URI.create(base + "wiki/general/" + slug + "/edit"));
        String baseRevision = field(opened.body(), "baseRevision");
        Articles.anArticle().withText("Hồ lớn nhất nội thành Hà Nội.\nCó chùa Trấn Quốc.\n")
                .edit(base, new Articles.Created("general", slug, title, 0), Long.parseLong(baseRevision)).statusCode(200);

        HttpResponse<String> conflict = browser.postForm(URI.create(base + "wiki/general/" + slug + "/edit"),
                form(opened.body(), title, "Hồ lớn nhất nội thành, rộng 500 ha.\nCó chùa Trấn Quốc.\n", baseRevision));
        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.body()).contains("Xung đột chỉnh sửa", "rộng 500 ha", "nội thành Hà Nội");
        assertThat(field(conflict.body(), "baseRevision")).isNotEqualTo(baseRevision);
    }

    @Test
    void previewRendersWithoutSaving() throws Exception {
        String title = "Xem trước " + ThreadLocalRandom.current().nextInt(1_000_000);
        String slug = Slug.fromTitle(title).value();
        BrowserSession browser = new BrowserSession();
        HttpResponse<String> editor = browser.logIn(URI.create(base + "wiki/general/" + slug + "/edit"), "hocsinh", "hocsinh");
        HttpResponse<String> preview = browser.postForm(URI.create(base + "wiki/general/" + slug + "/edit"),
                form(editor.body(), title, "**đậm**", "") .replace("action=save", "action=preview"));
        assertThat(preview.body()).contains("<strong>đậm</strong>");
        given().accept(ContentType.JSON).when().get(base + "api/spaces/general/articles/" + slug).then().statusCode(404);
    }

    @Test
    void doctorApprovesAPendingEditFromTheReviewQueuePage() throws Exception {
        String title = "Tay chân miệng " + ThreadLocalRandom.current().nextInt(1_000_000);
        String slug = Slug.fromTitle(title).value();
        given().auth().oauth2(Tokens.of("hocsinh")).contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("title", title, "markdown", "Rửa tay bằng xà phòng.\n", "summary", "Bài mới"))
                .when().put(base + "api/spaces/medical/articles/" + slug).then().statusCode(202);

        BrowserSession doctor = new BrowserSession();
        HttpResponse<String> queue = doctor.logIn(URI.create(base + "reviews"), "bacsi", "bacsi");
        assertThat(queue.statusCode()).isEqualTo(200);
        assertThat(queue.body()).contains(title, "<ins>Rửa tay bằng xà phòng.</ins>");
        Matcher action = Pattern.compile("<h2><a href=\"/wiki/medical/" + slug + "\">.*?action=\"/reviews/(\\d+)/approve\"",
                Pattern.DOTALL).matcher(queue.body());
        assertThat(action.find()).isTrue();

        HttpResponse<String> done = doctor.postForm(URI.create(base + "reviews/" + action.group(1) + "/approve"),
                "_csrf=" + BrowserSession.csrfToken(queue.body()) + "&comment=" + enc("Đúng"));
        assertThat(done.body()).contains("Đã duyệt");
        given().accept(ContentType.HTML).when().get(base + "wiki/medical/" + slug)
                .then().statusCode(200).body(containsString("Rửa tay bằng xà phòng.")).body(containsString("Đã được bacsi duyệt"));
    }

    private String form(String page, String title, String markdown, String baseRevision) {
        return "_csrf=" + BrowserSession.csrfToken(page) + "&title=" + enc(title) + "&markdown=" + enc(markdown)
                + "&summary=" + enc("thử") + "&baseRevision=" + enc(baseRevision) + "&action=save";
    }

    private static String field(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
        assertThat(m.find()).as("field " + name).isTrue();
        return m.group(1);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
