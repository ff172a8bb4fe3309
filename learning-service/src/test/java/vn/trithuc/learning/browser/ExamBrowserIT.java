package vn.trithuc.learning.browser;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.restassured.path.json.JsonPath;

import vn.trithuc.learning.testing.ExamFixtures;
import vn.trithuc.testing.Browser;
import vn.trithuc.testing.Deployments;
import vn.trithuc.testing.KeycloakExtension;
import vn.trithuc.testing.Tokens;

/**
 * Taking an exam on a phone while the network drops: answers given offline wait on the phone,
 * marked as not yet sent, and reach the server when the network returns; the attempt resumes
 * after a reload and is submitted to a score.
 */
@ExtendWith(KeycloakExtension.class)
@ExtendWith(ArquillianExtension.class)
@ExtendWith(Browser.class)
@RunAsClient
class ExamBrowserIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.learningService();
    }

    @Test
    void takingAnExamOnAPhoneThroughANetworkCut(WebDriver browser) {
        long exam = ExamFixtures.exam(base, ExamFixtures.bank(base), "Sát hạch trên điện thoại " + System.nanoTime());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));

        browser.get(base + "exams/" + exam);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username"))).sendKeys("congchuc");
        browser.findElement(By.id("password")).sendKeys("congchuc");
        browser.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.urlContains("/learn/exams/" + exam));
        assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("4 câu hỏi", "30 phút", "Còn 1 lượt thi");
        Browser.screenshot(browser, "exam-375");
        Browser.assertAccessible(browser, "exam");

        browser.findElement(By.cssSelector("form[action$='/start'] button")).click();
        wait.until(ExpectedConditions.urlContains("/learn/attempts/"));
        long attempt = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/attempts/([0-9]+).*", "$1"));
        wait.until(ExpectedConditions.textMatches(By.id("exam-clock"), java.util.regex.Pattern.compile("\\d\\d:\\d\\d")));
        List<WebElement> questions = browser.findElements(By.cssSelector("fieldset[data-question]"));
        assertThat(questions).hasSize(4);
        // the exam page on a slow network: its CSS and JavaScript stay under 100 KB uncompressed
        Number assets = (Number) ((JavascriptExecutor) browser).executeScript("return performance.getEntriesByType('resource')"
                + ".filter(function (r) { return /\\.(css|js)(\\?|$)/.test(r.name); })"
                + ".reduce(function (sum, r) { return sum + r.decodedBodySize; }, 0)");
        assertThat(assets.longValue()).isBetween(1L, 100L * 1024);

        // the first answer online: saved at once
        answer(questions.get(0));
        wait.until(ExpectedConditions.textToBePresentInElement(questions.get(0).findElement(By.cssSelector(".save-mark")), "Đã lưu"));

        // the network drops: the other answers wait on the phone, marked as not yet sent
        network(browser, false);
        for (WebElement question : questions.subList(1, 4)) {
            answer(question);
        }
        for (WebElement question : questions.subList(1, 4)) {
            wait.until(ExpectedConditions.textToBePresentInElement(question.findElement(By.cssSelector(".save-mark")), "chờ mạng"));
        }
        assertThat(browser.findElement(By.id("exam-state")).getText()).contains("Mất mạng");
        Browser.screenshot(browser, "exam-offline-375");
        Browser.assertAccessible(browser, "attempt-offline");
        JsonPath server = given().auth().oauth2(Tokens.of("congchuc")).when().get(base + "api/attempts/" + attempt).then().statusCode(200)
                .extract().jsonPath();
        assertThat(server.getList("questions.seq", Integer.class).stream().filter(seq -> seq > 0)).hasSize(1);

        // the network returns: everything queued is sent and acknowledged
        network(browser, true);
        for (WebElement question : questions) {
            wait.until(ExpectedConditions.textToBePresentInElement(question.findElement(By.cssSelector(".save-mark")), "Đã lưu"));
        }
        server = given().auth().oauth2(Tokens.of("congchuc")).when().get(base + "api/attempts/" + attempt).then().extract().jsonPath();
        assertThat(server.getList("questions.seq", Integer.class)).allSatisfy(seq -> assertThat(seq).isPositive());
        Browser.screenshot(browser, "exam-375-saved");

        // a reload (or another device) shows the saved answers
        browser.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("exam-form")));
        assertThat(browser.findElements(By.cssSelector("fieldset[data-question] input:checked"))).hasSize(2);
        assertThat(((JavascriptExecutor) browser).executeScript("return localStorage.getItem('tt-exam-" + attempt + "')")).isEqualTo("{}");
        browser.manage().window().setSize(Browser.DESKTOP);
        Browser.screenshot(browser, "exam-1280");
        browser.manage().window().setSize(Browser.PHONE);

        browser.findElement(By.cssSelector("button[value=submit]")).click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".result-score")));
        assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("Điểm: 5/5", "Chúc mừng");
        Browser.screenshot(browser, "exam-result-375");
        Browser.assertAccessible(browser, "attempt-result");
    }

    /**
     * Every control of the exam works from the keyboard alone: sign in, skip link, start, answer
     * each question type of the fixture (true/false and single choice with the arrow keys, short
     * answer and numeric by typing), submit and confirm.
     */
    @Test
    void takingAnExamWithTheKeyboardOnly(WebDriver browser) {
        long exam = ExamFixtures.exam(base, ExamFixtures.bank(base), "Sát hạch bằng bàn phím " + System.nanoTime());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        JavascriptExecutor js = (JavascriptExecutor) browser;

        browser.get(base + "exams/" + exam);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username"))).sendKeys("congchuc");
        browser.findElement(By.id("password")).sendKeys("congchuc" + Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/learn/exams/" + exam));

        WebElement first = tabTo(browser, element -> true);
        assertThat(first.getAttribute("class")).contains("skip-link");
        tabTo(browser, element -> "button".equals(element.getTagName())
                && element.findElements(By.xpath("ancestor::form[contains(@action,'/start')]")).size() == 1)
                .sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/learn/attempts/"));
        wait.until(ExpectedConditions.textMatches(By.id("exam-clock"), java.util.regex.Pattern.compile("\\d\\d:\\d\\d")));

        for (WebElement question : browser.findElements(By.cssSelector("fieldset[data-question]"))) {
            WebElement control = tabTo(browser, element -> (Boolean) js.executeScript(
                    "return arguments[0].contains(arguments[1])", question, element));
            String legend = question.findElement(By.tagName("legend")).getText().replaceFirst("^[0-9]+\\. ", "");
            String right = String.valueOf(ExamFixtures.RIGHT.entrySet().stream().filter(e -> legend.startsWith(e.getKey()))
                    .findFirst().orElseThrow().getValue());
            if ("radio".equals(control.getAttribute("type"))) {
                control.sendKeys(Keys.SPACE);
                for (int i = 0; i < 6 && !right.equals(browser.switchTo().activeElement().getAttribute("value")); i++) {
                    browser.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
                }
                assertThat(browser.switchTo().activeElement().isSelected()).isTrue();
            } else {
                control.sendKeys(right);
            }
        }
        tabTo(browser, element -> "submit".equals(element.getAttribute("value")));
        for (WebElement mark : browser.findElements(By.cssSelector("fieldset[data-question] .save-mark"))) {
            wait.until(ExpectedConditions.textToBePresentInElement(mark, "Đã lưu"));
        }
        Browser.assertAccessible(browser, "attempt");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".result-score")));
        assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("Điểm: 5/5");
    }

    /** Presses Tab until the focused element passes the test (at most 100 times), and returns it. */
    private static WebElement tabTo(WebDriver browser, java.util.function.Predicate<WebElement> wanted) {
        for (int i = 0; i < 100; i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            WebElement focused = browser.switchTo().activeElement();
            if (wanted.test(focused)) {
                return focused;
            }
        }
        throw new AssertionError("No such control reachable with Tab on " + browser.getCurrentUrl());
    }

    /** Gives the right answer to a question of the fixture bank, as a candidate would on the page. */
    private static void answer(WebElement question) {
        String legend = question.findElement(By.tagName("legend")).getText().replaceFirst("^[0-9]+\\. ", "");
        Object right = ExamFixtures.RIGHT.entrySet().stream().filter(e -> legend.startsWith(e.getKey())).findFirst().orElseThrow().getValue();
        String name = question.getAttribute("data-name");
        if (right instanceof Boolean truth) {
            question.findElement(By.cssSelector("input[name='" + name + "'][value='" + truth + "']")).click();
        } else if ("single-choice".equals(question.getAttribute("data-type"))) {
            question.findElement(By.cssSelector("input[name='" + name + "'][value='" + right + "']")).click();
        } else {
            WebElement box = question.findElement(By.cssSelector("input[name='" + name + "']"));
            box.sendKeys(String.valueOf(right));
            box.sendKeys(org.openqa.selenium.Keys.TAB); // leaving the box is a change
        }
    }

    /** Cuts or restores the page's network (Chromium's network emulation, through the driver). */
    private static void network(WebDriver browser, boolean online) {
        ChromeDriver chrome = (ChromeDriver) browser;
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand("Network.emulateNetworkConditions",
                Map.of("offline", !online, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
    }
}
