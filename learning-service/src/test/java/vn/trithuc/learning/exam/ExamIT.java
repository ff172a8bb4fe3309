package vn.trithuc.learning.exam;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.HashMap;
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
import io.restassured.path.json.JsonPath;

import vn.trithuc.learning.testing.Courses;
import vn.trithuc.testing.Deployments;
import vn.trithuc.testing.KeycloakExtension;
import vn.trithuc.testing.Tokens;

/** A sitting with real tokens: group access, start, saves by sequence number, resume, submit, score, certificate, deadline. */
@ExtendWith(KeycloakExtension.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExamIT {

    static final String DEPARTMENT = "/Hà Nội/Sở Thông tin và Truyền thông";
    static final String GIFT = """
            $CATEGORY: Mật khẩu

            ::mk1::Mật khẩu nên dài ít nhất 12 ký tự. {T}

            ::mk2::Mật khẩu nào an toàn nhất? {=Hoa-sen-no-thang-6 ~12345678 ~HaNoi1990}

            ::mk3::Mã dùng một lần gửi về điện thoại gọi tắt là gì? {=OTP}

            $CATEGORY: Dịch vụ công

            ::dv1::Hà Nội có bao nhiêu quận, huyện, thị xã? {#30}
            """;
    /** The right answer for each question, by the start of its prompt. */
    static final Map<String, Object> RIGHT = Map.of("Mật khẩu nên", true, "Mật khẩu nào", "a", "Mã dùng", "otp", "Hà Nội có", 30);

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.learningService();
    }

    long bank() {
        long bank = given().auth().oauth2(Tokens.of("giangvien")).contentType(ContentType.JSON).body(Map.of("title", "Thi " + System.nanoTime()))
                .when().post(base + "api/question-banks").then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(Tokens.of("giangvien")).multiPart("file", "thi.gift", GIFT.getBytes(StandardCharsets.UTF_8), "text/plain")
                .when().post(base + "api/question-banks/" + bank + "/imports").then().statusCode(200).body("imported", equalTo(4));
        return bank;
    }

    long exam(long bank, Long course, OffsetDateTime closesAt, int attempts) {
        Map<String, Object> body = new HashMap<>(Map.of("title", "Sát hạch kỹ năng số " + System.nanoTime(), "bankId", bank,
                "timeLimitMinutes", 30, "attemptLimit", attempts, "passMark", 75, "groups", List.of(DEPARTMENT),
                "rules", List.of(Map.of("category", "Mật khẩu", "count", 3), Map.of("category", "Dịch vụ công", "count", 1, "points", 2))));
        if (course != null) {
            body.put("courseId", course);
        }
        if (closesAt != null) {
            body.put("closesAt", closesAt.toString());
        }
        return given().auth().oauth2(Tokens.of("khaothi")).contentType(ContentType.JSON).body(body)
                .when().post(base + "api/exams").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static Object right(JsonPath attempt, int i) {
        String prompt = attempt.getString("questions[" + i + "].prompt");
        return RIGHT.entrySet().stream().filter(e -> prompt.startsWith(e.getKey())).findFirst().orElseThrow().getValue();
    }

    @Test
    void aFullSittingFromStartToCertificate() {
        long bank = bank();
        long[] course = Courses.published(base, "Chứng chỉ kỹ năng số " + System.nanoTime(), "civil-servant");
        long exam = exam(bank, course[0], null, 2);
        String candidate = Tokens.of("congchuc");
        // the course's lessons first, then the exam completes it
        given().auth().oauth2(candidate).when().post(base + "api/courses/" + course[0] + "/enrollments").then().statusCode(201);
        given().auth().oauth2(candidate).when().post(base + "api/lessons/" + course[1] + "/completion").then().statusCode(200);
        given().auth().oauth2(candidate).when().post(base + "api/lessons/" + course[2] + "/completion")
                .then().statusCode(200).body("courseCompleted", equalTo(false));

        given().auth().oauth2(candidate).when().get(base + "api/exams")
                .then().statusCode(200).body("find { it.id == " + exam + " }.attemptsLeft", equalTo(2))
                .body("find { it.id == " + exam + " }.timeLimitMinutes", equalTo(30));
        given().auth().oauth2(Tokens.of("congchuc2")).when().get(base + "api/exams").then().body("id", not(hasItem((int) exam)));
        given().auth().oauth2(Tokens.of("congchuc2")).when().post(base + "api/exams/" + exam + "/attempts").then().statusCode(403);

        String started = given().auth().oauth2(candidate).when().post(base + "api/exams/" + exam + "/attempts")
                .then().statusCode(201).body("questions", hasSize(4)).body("deadline", notNullValue()).extract().asString();
        assertThat(started).doesNotContain("\"key\"", "correct", "Đúng", "feedback");
        JsonPath attempt = JsonPath.from(started);
        long id = attempt.getLong("id");
        // a second start (another tab, another device) returns the same attempt
        given().auth().oauth2(candidate).when().post(base + "api/exams/" + exam + "/attempts").then().statusCode(200).body("id", equalTo((int) id));

        long first = attempt.getLong("questions[0].id");
        given().auth().oauth2(candidate).contentType(ContentType.JSON).body(Map.of("response", List.of(1, 2), "seq", 1))
                .when().put(base + "api/attempts/" + id + "/answers/" + first).then().statusCode(400).body("detail", notNullValue());
        given().auth().oauth2(candidate).contentType(ContentType.JSON).body(Map.of("response", true))
                .when().put(base + "api/attempts/" + id + "/answers/" + first).then().statusCode(400);
        given().auth().oauth2(candidate).contentType(ContentType.JSON).body(Map.of("response", true, "seq", 1))
                .when().put(base + "api/attempts/" + id + "/answers/999999999").then().statusCode(404);
        given().auth().oauth2(Tokens.of("congchuc2")).contentType(ContentType.JSON).body(Map.of("response", true, "seq", 1))
                .when().put(base + "api/attempts/" + id + "/answers/" + first).then().statusCode(404);

        for (int i = 0; i < 4; i++) {
            long q = attempt.getLong("questions[" + i + "].id");
            Object right = right(attempt, i);
            Object wrong = right instanceof Boolean b ? !b : right instanceof Integer ? 31 : "a".equals(right) ? "b" : "zzz";
            // seq 2 right, then a late seq 1 wrong: the later sequence number wins
            given().auth().oauth2(candidate).contentType(ContentType.JSON).body(Map.of("response", right, "seq", 2))
                    .when().put(base + "api/attempts/" + id + "/answers/" + q).then().statusCode(204);
            given().auth().oauth2(candidate).contentType(ContentType.JSON).body(Map.of("response", wrong, "seq", 1))
                    .when().put(base + "api/attempts/" + id + "/answers/" + q).then().statusCode(204);
        }
        // resume on a "new device": the saved answers come back with their sequence numbers
        given().auth().oauth2(Tokens.fetch("congchuc", "congchuc")).when().get(base + "api/attempts/" + id)
                .then().statusCode(200).body("status", equalTo("active")).body("questions.seq", equalTo(List.of(2, 2, 2, 2)));
        given().auth().oauth2(candidate).contentType(ContentType.JSON).body(Map.of("kind", "focus-lost"))
                .when().post(base + "api/attempts/" + id + "/events").then().statusCode(204);

        given().auth().oauth2(candidate).when().post(base + "api/attempts/" + id + "/submission")
                .then().statusCode(200).body("score", equalTo(5.0f)).body("maxScore", equalTo(5.0f)).body("passed", equalTo(true))
                .body("certificate", notNullValue());
        given().auth().oauth2(candidate).when().post(base + "api/attempts/" + id + "/submission")
                .then().statusCode(200).body("score", equalTo(5.0f));
        given().auth().oauth2(candidate).contentType(ContentType.JSON).body(Map.of("response", true, "seq", 3))
                .when().put(base + "api/attempts/" + id + "/answers/" + first).then().statusCode(409).body("type", containsString("attempt-submitted"));
        given().auth().oauth2(candidate).when().get(base + "api/me/enrollments")
                .then().body("find { it.courseId == " + course[0] + " }.status", equalTo("completed"))
                .body("find { it.courseId == " + course[0] + " }.examPassed", equalTo(true));
        given().auth().oauth2(candidate).when().get(base + "api/exams").then().body("find { it.id == " + exam + " }.attemptsLeft", equalTo(1));
    }

    @Test
    void theServerKeepsTheClockAndSubmitsWhenTimeIsUp() throws InterruptedException {
        long exam = exam(bank(), null, OffsetDateTime.now().plusSeconds(3), 1);
        String candidate = Tokens.of("congchuc");
        JsonPath attempt = given().auth().oauth2(candidate).when().post(base + "api/exams/" + exam + "/attempts")
                .then().statusCode(201).extract().jsonPath();
        long id = attempt.getLong("id");
        long q = attempt.getLong("questions[0].id");
        given().auth().oauth2(candidate).contentType(ContentType.JSON).body(Map.of("response", right(attempt, 0), "seq", 1))
                .when().put(base + "api/attempts/" + id + "/answers/" + q).then().statusCode(204);
        Thread.sleep(9_000); // the deadline (3 s) and the grace for answers in flight (5 s)
        given().auth().oauth2(candidate).contentType(ContentType.JSON).body(Map.of("response", right(attempt, 0), "seq", 2))
                .when().put(base + "api/attempts/" + id + "/answers/" + q).then().statusCode(409).body("type", containsString("deadline-passed"));
        // nobody submits: the scheduled job does (every 15 s)
        String status = null;
        for (int i = 0; i < 30 && !"submitted".equals(status); i++) {
            Thread.sleep(1_000);
            status = given().auth().oauth2(Tokens.of("khaothi")).when().get(base + "api/exams/" + exam + "/attempts")
                    .then().statusCode(200).extract().jsonPath().getString("find { it.id == " + id + " }.status");
        }
        assertThat(status).isEqualTo("submitted");
        given().auth().oauth2(candidate).when().get(base + "api/attempts/" + id)
                .then().body("status", equalTo("submitted")).body("result.score", equalTo(right(attempt, 0) instanceof Integer ? 2.0f : 1.0f));
        given().auth().oauth2(candidate).when().post(base + "api/exams/" + exam + "/attempts").then().statusCode(409);
    }

    @Test
    void blueprintsThatTheBankCannotFillAreRefused() {
        long bank = bank();
        given().auth().oauth2(Tokens.of("khaothi")).contentType(ContentType.JSON)
                .body(Map.of("title", "Quá nhiều", "bankId", bank, "rules", List.of(Map.of("category", "Mật khẩu", "count", 5))))
                .when().post(base + "api/exams").then().statusCode(400).body("detail", containsString("has 3 questions"));
        given().auth().oauth2(Tokens.of("hocsinh")).contentType(ContentType.JSON)
                .body(Map.of("title", "x", "bankId", bank, "rules", List.of(Map.of("category", "Mật khẩu", "count", 1))))
                .when().post(base + "api/exams").then().statusCode(403);
    }
}
