package vn.trithuc.learning.exam;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.trithuc.learning.testing.ExamFixtures;
import vn.trithuc.testing.BrowserSession;
import vn.trithuc.testing.Deployments;
import vn.trithuc.testing.KeycloakExtension;

/** An exam administrator sets up an exam and a sitting through the pages' forms (Keycloak sign-in, CSRF and all). */
@ExtendWith(KeycloakExtension.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExamPagesIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.learningService();
    }

    @Test
    void anExamAndASittingThroughTheForms() throws Exception {
        long bank = ExamFixtures.bank(base);
        BrowserSession browser = new BrowserSession();
        HttpResponse<String> form = browser.logIn(URI.create(base + "exams/new"), "khaothi", "khaothi");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("Tạo kỳ thi", "name=\"rules\"");
        String title = "Kỳ thi từ biểu mẫu " + System.nanoTime();
        String fields = "&title=" + enc(title) + "&bankId=" + bank + "&timeLimitMinutes=20&attemptLimit=2&passMark=70&review=answers"
                + "&groups=" + enc(ExamFixtures.DEPARTMENT) + "&opensAt=&closesAt=";

        HttpResponse<String> refused = browser.postForm(URI.create(base + "exams"), "_csrf=" + csrf(form.body()) + fields
                + "&rules=" + enc("Mật khẩu | | ba | 1"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Chưa tạo được kỳ thi", "ba", title);

        HttpResponse<String> created = browser.postForm(URI.create(base + "exams"), "_csrf=" + csrf(form.body()) + fields
                + "&rules=" + enc("Mật khẩu | | 3 | 1\nDịch vụ công | dễ | 1 | 2"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(400); // the bank has no easy public-service question
        assertThat(created.body()).contains("Dịch vụ công");

        HttpResponse<String> exam = browser.postForm(URI.create(base + "exams"), "_csrf=" + csrf(form.body()) + fields
                + "&rules=" + enc("Mật khẩu | | 3 | 1\nDịch vụ công | | 1 | 2"));
        assertThat(exam.statusCode()).isEqualTo(200);
        assertThat(exam.uri().getPath()).matches("/learn/exams/[0-9]+");
        assertThat(exam.body()).contains(title, "4 câu hỏi", "20 phút", "Quản lý kỳ thi", "Chưa có ca thi");
        String examUrl = exam.uri().toString();

        String start = LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusMinutes(1).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
        HttpResponse<String> badRange = browser.postForm(URI.create(examUrl + "/sittings"), "_csrf=" + csrf(exam.body())
                + "&title=Ca+1&startsAt=" + start + "&admissionMinutes=30&accessCode=PHONG-1&prepare=2&ipRanges=" + enc("phòng 3"));
        assertThat(badRange.statusCode()).isEqualTo(400);
        assertThat(badRange.body()).contains("phòng 3");
        HttpResponse<String> sitting = browser.postForm(URI.create(examUrl + "/sittings"), "_csrf=" + csrf(exam.body())
                + "&title=Ca+1&startsAt=" + start + "&admissionMinutes=30&accessCode=PHONG-1&prepare=2&ipRanges=" + enc("127.0.0.0/8\n::1/128"));
        assertThat(sitting.statusCode()).isEqualTo(200);
        assertThat(sitting.body()).contains("Ca 1", "127.0.0.0/8, ::1/128", "/ 2").doesNotContain("PHONG-1");
        HttpResponse<String> regraded = browser.postForm(URI.create(examUrl + "/regrade"), "_csrf=" + csrf(sitting.body()));
        assertThat(regraded.statusCode()).isEqualTo(200);
        assertThat(regraded.body()).contains("Đã chấm lại: 0 câu hỏi đã sửa");

        // a candidate of the department: the page asks for the access code; a wrong one is explained, the right one starts
        BrowserSession candidate = new BrowserSession();
        HttpResponse<String> page = candidate.logIn(exam.uri(), "congchuc", "congchuc");
        assertThat(page.body()).contains("id=\"access-code\"", "Ca thi bắt đầu").doesNotContain("Quản lý kỳ thi");
        HttpResponse<String> wrong = candidate.postForm(URI.create(examUrl + "/start"), "_csrf=" + csrf(page.body()) + "&accessCode=PHONG-2");
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(wrong.body()).contains("Mã dự thi chưa đúng");
        HttpResponse<String> started = candidate.postForm(URI.create(examUrl + "/start"), "_csrf=" + csrf(page.body()) + "&accessCode=PHONG-1");
        assertThat(started.statusCode()).isEqualTo(200);
        assertThat(started.uri().getPath()).matches("/learn/attempts/[0-9]+");
        assertThat(started.body()).contains("id=\"exam-form\"", "data-question=");
    }

    private static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("CSRF field").isTrue();
        return m.group(1);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
