package vn.trithuc.learning.browser;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.restassured.http.ContentType;

import vn.trithuc.learning.testing.Courses;
import vn.trithuc.learning.testing.ExamFixtures;
import vn.trithuc.testing.Browser;
import vn.trithuc.testing.Deployments;
import vn.trithuc.testing.KeycloakExtension;
import vn.trithuc.testing.Tokens;

/**
 * The whole site as one product, with both applications deployed as the run command does: the key
 * pages (home, article, search, course, exam, Keycloak login) at 375 px and 1280 px, each checked
 * by axe-core and screenshotted into {@code target/screenshots}; the same header colour and page
 * weight on every one, the login page included; and the language choice holding from the
 * knowledge bases to the courses and into Keycloak's login page.
 */
@ExtendWith(KeycloakExtension.class)
@ExtendWith(ArquillianExtension.class)
@ExtendWith(Browser.class)
@RunAsClient
class SiteBrowserIT {

    /** The site header's colour, {@code --tt-color-primary} of the default theme. */
    private static final String LACQUER_RED = "rgb(163, 23, 29)";

    @ArquillianResource
    @OperateOnDeployment("learning")
    URL learn;

    @Deployment(name = "knowledge", testable = false, order = 1)
    static WebArchive knowledge() {
        return Deployments.knowledgeWeb();
    }

    @Deployment(name = "learning", testable = false, order = 2)
    static WebArchive learning() {
        return Deployments.learningService();
    }

    @Test
    void theKeyPagesLookLikeOneProductAtPhoneAndDesktopWidths(WebDriver browser) {
        String site = site();
        long n = System.nanoTime() % 1_000_000;
        String slug = "van-mieu-quoc-tu-giam-" + n;
        given().auth().oauth2(Tokens.of("bientap")).contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("title", "Văn Miếu Quốc Tử Giám " + n, "markdown",
                        "# Văn Miếu\n\nTrường đại học đầu tiên của Việt Nam, dựng năm 1070.\n\n## Khuê Văn Các\n\n"
                                + "- Bia tiến sĩ\n- Giếng Thiên Quang\n"))
                .when().put(site + "api/spaces/general/articles/" + slug).then().statusCode(201);
        long course = Courses.published(learn, "Kỹ năng số cho mọi người " + n, "citizen")[0];
        long exam = ExamFixtures.exam(learn, ExamFixtures.bank(learn), "Sát hạch kỹ năng số " + n);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));

        browser.get(site + "signin?to=%2F");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-login")));
        assertThat(browser.findElement(By.id("kc-page-title")).getText()).isEqualTo("Đăng nhập Tri Thức");
        assertThat(browser.findElement(By.cssSelector(".tt-login-footer")).getText()).contains("CC BY-SA 4.0");
        lookAt(browser, "login", ".pf-v5-c-login__header");
        browser.findElement(By.id("username")).sendKeys("congchuc");
        browser.findElement(By.id("password")).sendKeys("congchuc");
        browser.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.urlToBe(site));

        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", site);
        pages.put("article", site + "wiki/general/" + slug);
        pages.put("search", site + "search?q=van+mieu+quoc+tu+giam+" + n);
        pages.put("course", learn + "courses/" + course);
        pages.put("exam", learn + "exams/" + exam);
        pages.forEach((name, address) -> {
            browser.get(address);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main h1")));
            lookAt(browser, name, ".site-header");
        });
    }

    @Test
    void theLanguageChoiceHoldsAcrossKnowledgeLearningAndSignIn(WebDriver browser) {
        String site = site();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));

        browser.get(site + "?lang=en");
        assertThat(lang(browser)).isEqualTo("en");
        browser.get(learn + "courses");
        assertThat(lang(browser)).isEqualTo("en");
        assertThat(browser.findElement(By.cssSelector("main h1")).getText()).isEqualTo("Courses");

        browser.findElement(By.cssSelector(".account a[href*='signin']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-login")));
        assertThat(lang(browser)).isEqualTo("en");
        assertThat(browser.findElement(By.id("kc-page-title")).getText()).isEqualTo("Sign in to Tri Thức");
        browser.findElement(By.id("username")).sendKeys("hocsinh");
        browser.findElement(By.id("password")).sendKeys("hocsinh");
        browser.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.urlContains("/learn/courses"));
        assertThat(lang(browser)).isEqualTo("en");

        // back to Vietnamese from the learning side: the knowledge side follows
        browser.findElement(By.cssSelector(".lang-switch a[hreflang=vi]")).click();
        wait.until(driver -> "vi".equals(lang(driver)));
        browser.get(site);
        assertThat(lang(browser)).isEqualTo("vi");
    }

    /**
     * Screenshots a page at phone and desktop width, runs the accessibility check, and checks
     * what makes it look like the rest: the header colour and the CSS + JS budget.
     */
    private static void lookAt(WebDriver browser, String name, String header) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        assertThat(js.executeScript("return getComputedStyle(document.querySelector(arguments[0])).backgroundColor", header))
                .as("header colour of " + name).isEqualTo(LACQUER_RED);
        Number assets = (Number) js.executeScript("return performance.getEntriesByType('resource')"
                + ".filter(function (r) { return /\\.(css|js)(\\?|$)/.test(r.name); })"
                + ".reduce(function (sum, r) { return sum + r.decodedBodySize; }, 0)");
        assertThat(assets.longValue()).as("CSS + JS bytes of " + name).isLessThan(100L * 1024);
        long scrollWidth = (Long) js.executeScript("return document.documentElement.scrollWidth");
        assertThat(scrollWidth).as("width of " + name + " on a phone").isLessThanOrEqualTo(Browser.PHONE.getWidth());
        Browser.screenshot(browser, name + "-375");
        Browser.assertAccessible(browser, name);
        browser.manage().window().setSize(Browser.DESKTOP);
        Browser.screenshot(browser, name + "-1280");
        browser.manage().window().setSize(Browser.PHONE);
    }

    private static String lang(WebDriver browser) {
        return browser.findElement(By.tagName("html")).getAttribute("lang");
    }

    private String site() {
        return learn.toString().replaceFirst("/learn/?$", "/");
    }
}
