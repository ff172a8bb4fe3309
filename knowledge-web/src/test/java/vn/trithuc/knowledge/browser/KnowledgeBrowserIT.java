package vn.trithuc.knowledge.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import vn.trithuc.knowledge.testing.Articles;
import vn.trithuc.testing.Browser;
import vn.trithuc.testing.Deployments;
import vn.trithuc.testing.KeycloakExtension;

/** Reading, editing with a conflict, and the review queue, in a real headless Chromium at phone size. */
@ExtendWith(KeycloakExtension.class)
@ExtendWith(ArquillianExtension.class)
@ExtendWith(Browser.class)
@RunAsClient
class KnowledgeBrowserIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.knowledgeWeb();
    }

    @Test
    void readingAnArticleOnAPhone(WebDriver browser) {
        Articles.Created article = Articles.anArticle().titled("Phố cổ Hà Nội")
                .withText("# Phố cổ\n\nBa mươi sáu phố phường.\n\n## Ẩm thực\n\nPhở, bún chả.\n").create(base);

        browser.get(base + "wiki/general/" + article.slug());

        assertThat(browser.findElement(By.cssSelector("main h1")).getText()).isEqualTo(article.title());
        assertThat(browser.findElement(By.cssSelector(".article-body h2")).getText()).isEqualTo("Ẩm thực");
        assertThat(browser.findElement(By.cssSelector("html")).getAttribute("lang")).isEqualTo("vi");
        Browser.screenshot(browser, "article-375");
        Browser.assertAccessible(browser, "article");
        browser.manage().window().setSize(Browser.DESKTOP);
        Browser.screenshot(browser, "article-1280");
    }

    @Test
    void editingWithAConflictKeepsTheTextAndShowsBothVersions(WebDriver browser) {
        Articles.Created article = Articles.anArticle().titled("Hồ Trúc Bạch")
                .withText("Hồ nằm ở quận Ba Đình.\nCó đền Quán Thánh.\n").create(base);

        browser.get(base + "wiki/general/" + article.slug() + "/edit");
        logIn(browser, "hocsinh");
        WebElement text = wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("markdown")));
        // the live preview renders as the person types (the server's renderer, through editor.js)
        wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".live-preview"),
                "Có đền Quán Thánh"));
        text.sendKeys("**Mặt nước** rộng.");
        wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".live-preview strong"),
                "Mặt nước"));

        Articles.anArticle().by("bientap").withText("Hồ nằm ở quận Ba Đình, cạnh Hồ Tây.\nCó đền Quán Thánh.\n")
                .edit(base, article, article.revision()).statusCode(200);

        text.clear();
        text.sendKeys("Hồ nằm ở quận Ba Đình, rộng 20 ha.\nCó đền Quán Thánh.\n");
        browser.findElement(By.cssSelector("button[value=save]")).click();

        WebElement conflict = wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".conflict")));
        assertThat(conflict.getText()).contains("Xung đột chỉnh sửa", "cạnh Hồ Tây", "rộng 20 ha");
        assertThat(browser.findElement(By.id("markdown")).getAttribute("value")).contains("rộng 20 ha");
        Browser.screenshot(browser, "edit-conflict-375");
        Browser.assertAccessible(browser, "edit-conflict");
    }

    @Test
    void doctorApprovesFromTheReviewQueue(WebDriver browser) {
        Articles.Created article = Articles.anArticle().inSpace("medical").titled("Sởi")
                .withText("Tiêm vắc-xin sởi cho trẻ 9 tháng tuổi.\n").create(base);

        browser.get(base + "reviews");
        logIn(browser, "bacsi");
        WebElement card = wait(browser).until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//section[contains(@class,'review')][.//a[contains(@href,'/wiki/medical/" + article.slug() + "')]]")));
        Browser.screenshot(browser, "review-queue-375");
        Browser.assertAccessible(browser, "review-queue");
        card.findElement(By.cssSelector("input[name=comment]")).sendKeys("Đúng khuyến cáo");
        card.findElement(By.cssSelector("button[type=submit]:not(.secondary)")).click();

        wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), "Đã duyệt"));
        browser.get(base + "wiki/medical/" + article.slug());
        assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("Tiêm vắc-xin sởi", "Đã được bacsi duyệt");
    }

    @Test
    void searchingWithoutDiacriticsOnAPhone(WebDriver browser) {
        String marker = "zq" + Integer.toString(java.util.concurrent.ThreadLocalRandom.current().nextInt(1 << 30), 36);
        Articles.Created article = Articles.anArticle().titled("Chợ Đồng Xuân " + marker)
                .withText("Chợ Đồng Xuân là chợ lớn nhất Hà Nội.\n").create(base);

        browser.get(base.toString());
        WebElement box = browser.findElement(By.id("q"));
        box.sendKeys("cho dong xuan " + marker);
        box.submit();
        WebElement first = wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".results li h2 a")));
        assertThat(first.getText()).isEqualTo(article.title());
        assertThat(browser.findElement(By.cssSelector(".results li")).getAttribute("innerHTML")).contains("<mark>Đồng</mark>");
        Browser.screenshot(browser, "search-375");
        Browser.assertAccessible(browser, "search");
    }

    @Test
    void theTourismMapShowsPlacesWithLeaflet(WebDriver browser) {
        String title = "Đền thử bản đồ " + java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000);
        io.restassured.RestAssured.given().auth().oauth2(vn.trithuc.testing.Tokens.of("bientap"))
                .contentType(io.restassured.http.ContentType.JSON).accept(io.restassured.http.ContentType.JSON)
                .body(java.util.Map.of("title", title, "markdown", "Đền cổ.\n", "tourism",
                        java.util.Map.of("kind", "heritage", "latitude", 21.0285, "longitude", 105.8355)))
                .when().put(base + "api/spaces/tourism/articles/" + vn.trithuc.knowledge.article.Slug.fromTitle(title))
                .then().statusCode(201);

        browser.get(base + "tourism/map");
        wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#map.map-ready path.leaflet-interactive")));
        assertThat(browser.findElement(By.cssSelector(".places")).getText()).contains(title);
        Browser.screenshot(browser, "map-375");
        Browser.assertAccessible(browser, "map");
    }

    private static void logIn(WebDriver browser, String user) {
        WebDriverWait wait = wait(browser);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username"))).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(user);
        browser.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains(":8180/")));
    }

    private static WebDriverWait wait(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }
}
