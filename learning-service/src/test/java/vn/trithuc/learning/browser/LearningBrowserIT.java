package vn.trithuc.learning.browser;

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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import vn.trithuc.learning.testing.Courses;
import vn.trithuc.testing.Browser;
import vn.trithuc.testing.Deployments;
import vn.trithuc.testing.KeycloakExtension;

/** Taking a course on a phone: sign in, enrol, read and complete the lessons, get the certificate. */
@ExtendWith(KeycloakExtension.class)
@ExtendWith(ArquillianExtension.class)
@ExtendWith(Browser.class)
@RunAsClient
class LearningBrowserIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.learningService();
    }

    @Test
    void takingALessonOnAPhone(WebDriver browser) {
        long[] course = Courses.published(base, "Học trên điện thoại " + System.nanoTime(), "citizen");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        assertThat(Courses.quiz(base, course[1], "Bài một", "Đọc [[medical:Bệnh dengue|sốt xuất huyết]] trước.",
                "[{\"type\": \"single-choice\", \"prompt\": \"Muỗi nào truyền bệnh sốt xuất huyết?\", "
                        + "\"options\": [\"Muỗi vằn\", \"Muỗi Anopheles\"], \"key\": {\"correct\": [\"a\"]}, "
                        + "\"feedback\": \"Muỗi vằn Aedes aegypti.\"}]")).isEqualTo(200);

        browser.get(base + "courses/" + course[0]);
        Browser.screenshot(browser, "course-375");
        Browser.assertAccessible(browser, "course");
        browser.findElement(By.cssSelector(".account a[href*='signin']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username"))).sendKeys("nongdan");
        browser.findElement(By.id("password")).sendKeys("nongdan");
        browser.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.urlContains("/learn/courses/" + course[0]));

        browser.findElement(By.cssSelector("form[action$='/enrol'] button")).click();
        wait.until(ExpectedConditions.urlContains("/learn/lessons/" + course[1]));
        assertThat(browser.findElement(By.cssSelector("main h1")).getText()).isEqualTo("Bài một");
        assertThat(browser.findElement(By.cssSelector(".article-body a.wikilink")).getAttribute("href")).endsWith("/wiki/medical/benh-dengue");
        // readable on a phone: nothing wider than the screen
        long scrollWidth = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth");
        assertThat(scrollWidth).isLessThanOrEqualTo(Browser.PHONE.getWidth());
        Browser.screenshot(browser, "lesson-375");
        Browser.assertAccessible(browser, "lesson");

        // practise: choose an answer, check it, read the explanation; nothing is recorded
        browser.findElement(By.cssSelector("input[name=q1][value=a]")).click();
        browser.findElement(By.cssSelector(".quiz button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".quiz"), "Bạn trả lời đúng 1/1 câu."));
        assertThat(browser.findElement(By.cssSelector(".quiz")).getText()).contains("Muỗi vằn Aedes aegypti.");
        Browser.screenshot(browser, "lesson-quiz-375");
        Browser.assertAccessible(browser, "lesson-quiz");

        browser.findElement(By.cssSelector("form[action$='/complete'] button")).click();
        wait.until(ExpectedConditions.urlContains("/learn/lessons/" + course[2]));
        assertThat(browser.findElement(By.cssSelector("a[rel=prev]")).getText()).contains("Bài một");
        browser.findElement(By.cssSelector("form[action$='/complete'] button")).click();

        wait.until(ExpectedConditions.urlContains("/learn/certificates/"));
        assertThat(browser.findElement(By.cssSelector("main")).getText())
                .contains("Chúc mừng", "Giấy chứng nhận hợp lệ.");
        assertThat(browser.findElement(By.cssSelector(".qr-svg svg")).isDisplayed()).isTrue();
        Browser.screenshot(browser, "certificate-375");
        browser.manage().window().setSize(Browser.DESKTOP);
        Browser.screenshot(browser, "certificate-1280");
        Browser.assertAccessible(browser, "certificate");
    }
}
