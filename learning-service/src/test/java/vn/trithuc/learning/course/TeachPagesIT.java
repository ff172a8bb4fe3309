package vn.trithuc.learning.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.trithuc.testing.BrowserSession;
import vn.trithuc.testing.Deployments;
import vn.trithuc.testing.KeycloakExtension;

/** An instructor builds a course through the authoring pages' forms (signed in through Keycloak, CSRF tokens and all). */
@ExtendWith(KeycloakExtension.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TeachPagesIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.learningService();
    }

    @Test
    void draftModulesLessonsGiftQuizAndPublish() throws Exception {
        BrowserSession browser = new BrowserSession();
        HttpResponse<String> home = browser.logIn(URI.create(base + "teach"), "giangvien", "giangvien");
        assertThat(home.statusCode()).isEqualTo(200);
        String title = "Soạn bằng biểu mẫu " + System.nanoTime();
        HttpResponse<String> course = browser.postForm(URI.create(base + "teach/courses"), "_csrf=" + csrf(home.body())
                + "&title=" + enc(title) + "&summary=" + enc("Tóm tắt") + "&audience=citizen&topic=" + enc("Thử") + "&level=&estimatedHours=2");
        assertThat(course.statusCode()).isEqualTo(200);
        assertThat(course.uri().getPath()).matches("/learn/teach/courses/[0-9]+");
        String courseUrl = course.uri().toString();
        HttpResponse<String> withModule = browser.postForm(URI.create(courseUrl + "/modules"), "_csrf=" + csrf(course.body())
                + "&title=" + enc("Phần đầu"));
        assertThat(withModule.body()).contains("Phần đầu");
        Matcher addLesson = Pattern.compile("action=\"(/learn/teach/modules/[0-9]+/lessons)\"").matcher(withModule.body());
        assertThat(addLesson.find()).isTrue();
        HttpResponse<String> lesson = browser.postForm(URI.create(base.toString().replace("/learn/", "") + addLesson.group(1)),
                "_csrf=" + csrf(withModule.body()) + "&title=" + enc("Bài đầu tiên"));
        assertThat(lesson.uri().getPath()).matches("/learn/teach/lessons/[0-9]+");
        String lessonUrl = lesson.uri().toString();

        // the quiz in GIFT, as Moodle users write it; a question that does not parse changes nothing
        HttpResponse<String> bad = browser.postForm(URI.create(lessonUrl + "/quiz"), "_csrf=" + csrf(lesson.body())
                + "&quiz=" + enc("Số? {#mười}"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("mười");
        HttpResponse<String> quiz = browser.postForm(URI.create(lessonUrl + "/quiz"), "_csrf=" + csrf(lesson.body())
                + "&quiz=" + enc("Thủ đô của Việt Nam là {=Hà Nội#Đúng! ~Huế ~Đà Nẵng}.\n\nHồ Gươm ở Hà Nội. {T}\n\nNăm Thăng Long? {#1010}"));
        assertThat(quiz.statusCode()).isEqualTo(200);
        assertThat(quiz.body()).contains("Thủ đô của Việt Nam là {", "=Hà Nội #Đúng!", "{TRUE}", "{#1010:0}");

        HttpResponse<String> published = browser.postForm(URI.create(courseUrl + "/publish"), "_csrf=" + csrf(quiz.body()));
        assertThat(published.statusCode()).isEqualTo(200);
        assertThat(published.uri().getPath()).matches("/learn/courses/[0-9]+");
        assertThat(published.body()).contains(title, "Bài đầu tiên");
    }

    private static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("CSRF field").isTrue();
        return enc(m.group(1));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
