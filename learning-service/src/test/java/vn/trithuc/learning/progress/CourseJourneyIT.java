package vn.trithuc.learning.progress;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

import vn.trithuc.learning.testing.Courses;
import vn.trithuc.testing.Deployments;
import vn.trithuc.testing.KeycloakExtension;
import vn.trithuc.testing.Tokens;

/**
 * A course from authoring to certificate, with real Keycloak tokens: an instructor writes and
 * publishes it, a learner enrols, reads and completes the lessons, gets a certificate that the
 * public verification accepts until an exam administrator revokes it; group assignments.
 */
@ExtendWith(KeycloakExtension.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CourseJourneyIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.learningService();
    }

    long[] publishedCourse(String title, String audience) {
        return Courses.published(base, title, audience);
    }

    @Test
    void enrolCompleteCertifyVerifyRevoke() {
        long[] c = publishedCourse("Hành trình " + System.nanoTime(), "citizen");
        String learner = Tokens.of("hocsinh");
        given().auth().oauth2(learner).when().post(base + "api/courses/" + c[0] + "/enrollments")
                .then().statusCode(201).body("status", equalTo("not-started")).body("lessons", equalTo(2))
                .body("resumeLessonId", equalTo((int) c[1]));
        // enrolling twice is idempotent
        given().auth().oauth2(learner).when().post(base + "api/courses/" + c[0] + "/enrollments").then().statusCode(200);

        given().auth().oauth2(learner).when().get(base + "api/lessons/" + c[1])
                .then().statusCode(200)
                .body("html", containsString("href=\"/wiki/medical/benh-dengue\""))
                .body("html", not(containsString("<script")))
                .body("videoUrl", equalTo("https://video.example.vn/bai-1.mp4"))
                .body("transcript", equalTo("Lời thoại bài một."))
                .body("nextId", equalTo((int) c[2])).body("previousId", nullValue())
                .body("number", equalTo(1)).body("of", equalTo(2));

        given().auth().oauth2(learner).when().post(base + "api/lessons/" + c[1] + "/completion")
                .then().statusCode(200).body("percent", equalTo(50)).body("courseCompleted", equalTo(false))
                .body("nextLessonId", equalTo((int) c[2])).body("certificate", nullValue());
        // resume where you left off: the next lesson not done
        given().auth().oauth2(learner).when().get(base + "api/me/enrollments")
                .then().statusCode(200).body("find { it.courseId == " + c[0] + " }.resumeLessonId", equalTo((int) c[2]))
                .body("find { it.courseId == " + c[0] + " }.status", equalTo("in-progress"));

        // the pages show the same: course page with progress, lesson page with its place and neighbours, my learning
        given().auth().oauth2(learner).accept(ContentType.HTML).when().get(base + "courses/" + c[0])
                .then().statusCode(200).body(containsString("Đã học 1/2 bài")).body(containsString("Học tiếp"))
                .body(containsString("<strong>thử nghiệm</strong>"))
                // module one (lesson one) is complete, module two not yet
                .body(containsString("Phần một <span class=\"tag verified\">Đã hoàn thành</span>"))
                .body(not(containsString("Phần hai <span class=\"tag verified\">")));
        given().auth().oauth2(learner).accept(ContentType.HTML).when().get(base + "lessons/" + c[1])
                .then().statusCode(200).body(containsString("Bài 1/2")).body(containsString("rel=\"next\""))
                .body(containsString("<video controls")).body(containsString("Bạn đã hoàn thành bài học này."));
        given().auth().oauth2(learner).accept(ContentType.HTML).when().get(base + "my")
                .then().statusCode(200).body(containsString("Việc học của tôi")).body(containsString("/learn/courses/" + c[0]));
        given().accept(ContentType.HTML).redirects().follow(false).when().get(base + "lessons/" + c[1])
                .then().statusCode(303).header("Location", containsString("/learn/signin?to=%2Flearn%2Flessons%2F"))
                .header("Location", not(containsString("/learn/learn")));

        String code = given().auth().oauth2(learner).when().post(base + "api/lessons/" + c[2] + "/completion")
                .then().statusCode(200).body("courseCompleted", equalTo(true)).body("percent", equalTo(100))
                .body("certificate", notNullValue()).extract().jsonPath().getString("certificate");
        // completing again changes nothing and keeps the same certificate
        given().auth().oauth2(learner).when().post(base + "api/lessons/" + c[2] + "/completion")
                .then().statusCode(200).body("certificate", equalTo(code));
        given().auth().oauth2(learner).when().get(base + "api/me/enrollments")
                .then().body("find { it.courseId == " + c[0] + " }.status", equalTo("completed"))
                .body("find { it.courseId == " + c[0] + " }.certificate", equalTo(code));

        // recertification waits until the certificate expires
        given().auth().oauth2(learner).when().post(base + "api/courses/" + c[0] + "/recertification")
                .then().statusCode(409).body("type", containsString("not-expired"));
        given().when().get(base + "api/certificates/" + code)
                .then().statusCode(200).body("status", equalTo("valid")).body("valid", equalTo(true))
                .body("courseId", equalTo((int) c[0])).body("expiresAt", notNullValue());

        Response pdf = given().auth().oauth2(learner).when().get(base + "api/certificates/" + code + "/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(new String(pdf.asByteArray(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        given().auth().oauth2(Tokens.of("nongdan")).when().get(base + "api/certificates/" + code + "/pdf").then().statusCode(403);

        // only exam administrators revoke, with a reason
        given().auth().oauth2(learner).contentType(ContentType.JSON).body(Map.of("reason", "x"))
                .when().post(base + "api/certificates/" + code + "/revocation").then().statusCode(403);
        given().auth().oauth2(Tokens.of("khaothi")).contentType(ContentType.JSON).body(Map.of("reason", " "))
                .when().post(base + "api/certificates/" + code + "/revocation").then().statusCode(400);
        given().auth().oauth2(Tokens.of("khaothi")).contentType(ContentType.JSON).body(Map.of("reason", "Gian lận khi học"))
                .when().post(base + "api/certificates/" + code + "/revocation")
                .then().statusCode(200).body("status", equalTo("revoked")).body("valid", equalTo(false));
        given().when().get(base + "api/certificates/" + code)
                .then().statusCode(200).body("status", equalTo("revoked")).body("revokedReason", equalTo("Gian lận khi học"));
        given().accept(ContentType.HTML).when().get(base + "certificates/" + code)
                .then().statusCode(200).body(containsString("Gian lận khi học"));
    }

    @Test
    void tamperedOrUnknownCodesAreNotValid() {
        long[] c = publishedCourse("Chứng nhận " + System.nanoTime(), "citizen");
        String learner = Tokens.of("bientap");
        given().auth().oauth2(learner).when().post(base + "api/courses/" + c[0] + "/enrollments").then().statusCode(201);
        given().auth().oauth2(learner).when().post(base + "api/lessons/" + c[1] + "/completion").then().statusCode(200);
        String code = given().auth().oauth2(learner).when().post(base + "api/lessons/" + c[2] + "/completion")
                .then().statusCode(200).extract().jsonPath().getString("certificate");

        // change the name inside the signed facts: the signature no longer matches
        String facts = new String(Base64.getUrlDecoder().decode(code.substring(0, code.indexOf('.'))), StandardCharsets.UTF_8);
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(
                facts.replaceFirst("\n[^\n]+\n", "\nNguyễn Văn Giả\n").getBytes(StandardCharsets.UTF_8)) + code.substring(code.indexOf('.'));
        // flip one character well inside the signature (the last characters carry base64 padding bits)
        int at = code.indexOf('.') + 10;
        String badSignature = code.substring(0, at) + (code.charAt(at) == 'A' ? 'B' : 'A') + code.substring(at + 1);
        for (String bad : List.of(forged, badSignature, "abc", "a.b", "TT1")) {
            given().when().get(base + "api/certificates/" + bad)
                    .then().statusCode(200).body("status", equalTo("invalid")).body("valid", equalTo(false)).body("learner", nullValue());
        }
        given().accept(ContentType.HTML).when().get(base + "certificates/" + forged)
                .then().statusCode(200).body(containsString("không hợp lệ"));
        given().when().get(base + "api/certificates/public-key")
                .then().statusCode(200).body(containsString("BEGIN PUBLIC KEY"));
    }

    @Test
    void completingWithoutEnrolmentIsForbiddenAndLessonsNeedEnrolment() {
        long[] c = publishedCourse("Không ghi danh " + System.nanoTime(), "farmer");
        given().auth().oauth2(Tokens.of("nongdan")).when().post(base + "api/lessons/" + c[1] + "/completion")
                .then().statusCode(403).contentType("application/problem+json").body("type", containsString("not-enrolled"));
        given().auth().oauth2(Tokens.of("nongdan")).when().get(base + "api/lessons/" + c[1]).then().statusCode(403);
        given().when().post(base + "api/lessons/" + c[1] + "/completion").then().statusCode(401);
        given().when().post(base + "api/courses/" + c[0] + "/enrollments").then().statusCode(401);
        given().auth().oauth2(Tokens.of("nongdan")).when().post(base + "api/lessons/999999999/completion").then().statusCode(404);
    }

    @Test
    void groupAssignmentReachesEveryMemberOfTheGroupAndItsSubgroups() {
        long[] c = publishedCourse("Giao cho Sở " + System.nanoTime(), "civil-servant");
        // only exam administrators and the course's author assign
        given().auth().oauth2(Tokens.of("hocsinh")).contentType(ContentType.JSON)
                .body(Map.of("group", "/Hà Nội/Sở Thông tin và Truyền thông"))
                .when().post(base + "api/courses/" + c[0] + "/assignments").then().statusCode(403);
        given().auth().oauth2(Tokens.of("khaothi")).contentType(ContentType.JSON).body(Map.of("group", "Sở TT&TT"))
                .when().post(base + "api/courses/" + c[0] + "/assignments").then().statusCode(400);
        given().auth().oauth2(Tokens.of("khaothi")).contentType(ContentType.JSON)
                .body(Map.of("group", "/Hà Nội/Sở Thông tin và Truyền thông", "dueAt", "2027-06-30T17:00:00+07:00"))
                .when().post(base + "api/courses/" + c[0] + "/assignments")
                .then().statusCode(201).body("group", equalTo("/Hà Nội/Sở Thông tin và Truyền thông"));

        // congchuc is in the department's IT office, a subgroup
        given().auth().oauth2(Tokens.of("congchuc")).when().get(base + "api/me/enrollments")
                .then().statusCode(200)
                .body("courseId", hasItem((int) c[0]))
                .body("find { it.courseId == " + c[0] + " }.assignedGroup", equalTo("/Hà Nội/Sở Thông tin và Truyền thông"))
                .body("find { it.courseId == " + c[0] + " }.dueAt", containsString("2027-06-30"));
        // congchuc2 works in Ba Đình: not assigned
        given().auth().oauth2(Tokens.of("congchuc2")).when().get(base + "api/me/enrollments")
                .then().statusCode(200).body("courseId", not(hasItem((int) c[0])));
        // the assigned learner may complete lessons right away
        given().auth().oauth2(Tokens.of("congchuc")).when().post(base + "api/lessons/" + c[1] + "/completion").then().statusCode(200);
    }

    @Test
    void draftsAreTheAuthorsAndEditingAPublishedCourseKeepsProgress() {
        String teacher = Tokens.of("giangvien");
        long draft = given().auth().oauth2(teacher).contentType(ContentType.JSON)
                .body(Map.of("title", "Bản nháp " + System.nanoTime(), "summary", "Nháp", "audience", "student", "topic", "Thử"))
                .when().post(base + "api/courses").then().statusCode(201).extract().jsonPath().getLong("id");
        given().when().get(base + "api/courses/" + draft).then().statusCode(404);
        given().auth().oauth2(Tokens.of("hocsinh")).when().get(base + "api/courses/" + draft).then().statusCode(404);
        given().auth().oauth2(teacher).when().get(base + "api/courses/" + draft).then().statusCode(200).body("status", equalTo("draft"));
        given().auth().oauth2(teacher).when().post(base + "api/courses/" + draft + "/publication").then().statusCode(409);
        given().auth().oauth2(Tokens.of("hocsinh")).contentType(ContentType.JSON)
                .body(Map.of("title", "x", "summary", "x", "audience", "student", "topic", "x"))
                .when().post(base + "api/courses").then().statusCode(403);
        given().auth().oauth2(teacher).contentType(ContentType.JSON)
                .body(Map.of("title", "x", "summary", "x", "audience", "aliens", "topic", "x"))
                .when().post(base + "api/courses").then().statusCode(400).contentType("application/problem+json");

        long[] c = publishedCourse("Sửa khi đang học " + System.nanoTime(), "student");
        String learner = Tokens.of("chuyengia");
        given().auth().oauth2(learner).when().post(base + "api/courses/" + c[0] + "/enrollments").then().statusCode(201);
        given().auth().oauth2(learner).when().post(base + "api/lessons/" + c[1] + "/completion").then().statusCode(200);

        // the authoring pages: the author's list and the course page with its syllabus forms; not for learners
        given().auth().oauth2(teacher).accept(ContentType.HTML).when().get(base + "teach")
                .then().statusCode(200).body(containsString("/learn/teach/courses/" + c[0]));
        given().auth().oauth2(teacher).accept(ContentType.HTML).when().get(base + "teach/courses/" + c[0])
                .then().statusCode(200).body(containsString("Phần một")).body(containsString("/learn/teach/lessons/" + c[1]))
                .body(containsString("name=\"direction\" value=\"up\""));
        given().auth().oauth2(teacher).accept(ContentType.HTML).when().get(base + "teach/lessons/" + c[1])
                .then().statusCode(200).body(containsString("sốt xuất huyết"));
        given().auth().oauth2(learner).accept(ContentType.HTML).when().get(base + "teach/courses/" + c[0]).then().statusCode(403);

        // the author reorders (lesson two first, in module one), then retires lesson one
        Map<String, Object> view = given().auth().oauth2(teacher).when().get(base + "api/courses/" + c[0])
                .then().extract().jsonPath().getMap("");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> modules = (List<Map<String, Object>>) view.get("modules");
        long m1 = ((Number) modules.get(0).get("id")).longValue();
        long m2 = ((Number) modules.get(1).get("id")).longValue();
        given().auth().oauth2(teacher).contentType(ContentType.JSON)
                .body(Map.of("modules", List.of(Map.of("id", m1, "lessons", List.of(c[2], c[1])), Map.of("id", m2, "lessons", List.of()))))
                .when().put(base + "api/courses/" + c[0] + "/syllabus")
                .then().statusCode(200).body("modules[0].lessons.id", equalTo(List.of((int) c[2], (int) c[1])));
        given().auth().oauth2(teacher).contentType(ContentType.JSON)
                .body(Map.of("modules", List.of(Map.of("id", m1, "lessons", List.of(c[2])))))
                .when().put(base + "api/courses/" + c[0] + "/syllabus").then().statusCode(400);
        given().auth().oauth2(learner).contentType(ContentType.JSON).body(Map.of("title", "x"))
                .when().post(base + "api/courses/" + c[0] + "/modules").then().statusCode(403);

        given().auth().oauth2(teacher).when().delete(base + "api/lessons/" + c[1]).then().statusCode(204);
        given().auth().oauth2(learner).when().get(base + "api/me/enrollments")
                .then().body("find { it.courseId == " + c[0] + " }.lessons", equalTo(1))
                .body("find { it.courseId == " + c[0] + " }.lessonsDone", equalTo(0));
        // finishing what is left completes the course
        given().auth().oauth2(learner).when().post(base + "api/lessons/" + c[2] + "/completion")
                .then().statusCode(200).body("courseCompleted", equalTo(true));
    }

    @Test
    void catalogueFiltersAndTheDemoCourseStructure() {
        given().when().get(base + "api/courses?audience=citizen")
                .then().statusCode(200).body("audience", not(hasItem("civil-servant")))
                .body("title", hasItem("An toàn thông tin cho mọi người dân"));
        given().when().get(base + "api/courses?q=ky nang so").then().statusCode(200)
                .body("title", hasItem("Kỹ năng số cơ bản cho cán bộ, công chức"));
        given().when().get(base + "api/courses?audience=aliens").then().statusCode(400);
        int id = given().when().get(base + "api/courses?q=Kỹ năng số cơ bản").then().extract().jsonPath().getInt("[0].id");
        given().when().get(base + "api/courses/" + id)
                .then().statusCode(200).body("modules.size()", equalTo(4)).body("lessons", equalTo(6))
                .body("certificateMonths", equalTo(24))
                .body("modules[0].title", equalTo("Tài khoản và mật khẩu"));
        // the demo course is assigned to the demo civil servant's department
        given().auth().oauth2(Tokens.of("congchuc")).when().get(base + "api/me/enrollments")
                .then().statusCode(200).body("courseTitle", hasItem("Kỹ năng số cơ bản cho cán bộ, công chức"));
    }

    @Test
    void practiceQuizzesAreGradedAndExplainedWithoutTheKeyLeaving() {
        long[] c = publishedCourse("Luyện tập " + System.nanoTime(), "citizen");
        String quiz = """
                [{"type": "single-choice", "prompt": "Thủ đô?", "options": ["Hà Nội", "Huế"], "key": {"correct": ["a"]},
                  "feedback": "Hà Nội là thủ đô."},
                 {"type": "short-answer", "prompt": "Sông chảy qua Hà Nội?", "key": {"accepted": ["Sông Hồng", "Hồng"]}},
                 {"type": "fill-in-blanks", "prompt": "Hồ {1} ở quận {2}.", "key": {"accepted": [["Gươm"], ["Hoàn Kiếm"]]}},
                 {"type": "numeric", "prompt": "Năm Thăng Long?", "key": {"number": 1010}}]""";
        assertThat(Courses.quiz(base, c[1], "Bài một", "Có luyện tập.", "[{\"type\": \"hotspot\", \"prompt\": \"?\"}]")).isEqualTo(400);
        assertThat(Courses.quiz(base, c[1], "Bài một", "Có luyện tập.",
                "[{\"type\": \"single-choice\", \"prompt\": \"?\", \"options\": [\"x\"], \"key\": {\"correct\": [\"b\"]}}]")).isEqualTo(400);
        assertThat(Courses.quiz(base, c[1], "Bài một", "Có luyện tập.", quiz)).isEqualTo(200);

        String learner = Tokens.of("hocsinh");
        given().auth().oauth2(learner).when().post(base + "api/lessons/" + c[1] + "/quiz")
                .then().statusCode(415);
        given().auth().oauth2(learner).contentType(ContentType.JSON).body(Map.of("answers", Map.of("1", "a")))
                .when().post(base + "api/lessons/" + c[1] + "/quiz").then().statusCode(403);
        given().auth().oauth2(learner).when().post(base + "api/courses/" + c[0] + "/enrollments").then().statusCode(201);
        given().auth().oauth2(learner).when().get(base + "api/lessons/" + c[1])
                .then().statusCode(200).body("quiz.size()", equalTo(4)).body("quiz[0].options[0].text", equalTo("Hà Nội"))
                .body("quiz[0].key", nullValue()).body("quiz[0].feedback", nullValue()).body("quiz[2].gaps", equalTo(2));
        given().auth().oauth2(learner).contentType(ContentType.JSON)
                .body(Map.of("answers", Map.of("1", "a", "2", "song hong", "3", List.of("guom", "Đống Đa"), "4", "một nghìn")))
                .when().post(base + "api/lessons/" + c[1] + "/quiz")
                .then().statusCode(200).body("correct", equalTo(2)).body("graded", equalTo(4))
                .body("items[0].correct", equalTo(true)).body("items[0].feedback", equalTo("Hà Nội là thủ đô."))
                .body("items[1].correct", equalTo(true))
                .body("items[2].fraction", equalTo(0.5f))
                .body("items[3].error", equalTo("expected a number"));
        given().auth().oauth2(learner).accept(ContentType.HTML).when().get(base + "lessons/" + c[1])
                .then().statusCode(200).body(containsString("Luyện tập")).body(containsString("name=\"q3.g2\""));
        // practising records nothing: the lesson is still not completed
        given().auth().oauth2(learner).when().get(base + "api/me/enrollments")
                .then().body("find { it.courseId == " + c[0] + " }.lessonsDone", equalTo(0));
    }

    @Test
    void lessonFilesForTheCoursesLearnersOnly() {
        long[] c = publishedCourse("Tài liệu " + System.nanoTime(), "citizen");
        String teacher = Tokens.of("giangvien");
        byte[] worksheet = "Họ và tên,Số hồ sơ\nNguyễn Văn An,HS-001\n".getBytes(StandardCharsets.UTF_8);
        given().auth().oauth2(teacher).multiPart("file", "phieu-bai-tap.csv", worksheet, "text/csv")
                .when().post(base + "api/lessons/" + c[1] + "/attachments")
                .then().statusCode(201).body("mediaType", equalTo("text/csv"))
                .body("url", equalTo("/learn/lessons/" + c[1] + "/files/phieu-bai-tap.csv"));
        // a program renamed as a document is refused, and only authors upload
        byte[] program = new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0};
        given().auth().oauth2(teacher).multiPart("file", "bai-giang.pdf", program, "application/pdf")
                .when().post(base + "api/lessons/" + c[1] + "/attachments").then().statusCode(415);
        given().auth().oauth2(Tokens.of("hocsinh")).multiPart("file", "x.csv", worksheet, "text/csv")
                .when().post(base + "api/lessons/" + c[1] + "/attachments").then().statusCode(403);

        String learner = Tokens.of("hocsinh");
        given().auth().oauth2(learner).when().get(base + "lessons/" + c[1] + "/files/phieu-bai-tap.csv").then().statusCode(403);
        given().auth().oauth2(learner).when().post(base + "api/courses/" + c[0] + "/enrollments").then().statusCode(201);
        given().auth().oauth2(learner).when().get(base + "api/lessons/" + c[1] + "/attachments")
                .then().statusCode(200).body("filename", equalTo(List.of("phieu-bai-tap.csv")));
        Response file = given().auth().oauth2(learner).when().get(base + "lessons/" + c[1] + "/files/phieu-bai-tap.csv");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.header("Content-Disposition")).startsWith("attachment");
        assertThat(file.header("Content-Security-Policy")).contains("sandbox");
        assertThat(file.asByteArray()).isEqualTo(worksheet);
        given().auth().oauth2(learner).accept(ContentType.HTML).when().get(base + "lessons/" + c[1])
                .then().body(containsString("Tài liệu kèm theo")).body(containsString("phieu-bai-tap.csv"));
        given().auth().oauth2(teacher).when().delete(base + "api/lessons/" + c[1] + "/attachments/phieu-bai-tap.csv").then().statusCode(204);
        given().auth().oauth2(learner).when().get(base + "lessons/" + c[1] + "/files/phieu-bai-tap.csv").then().statusCode(404);
    }
}
