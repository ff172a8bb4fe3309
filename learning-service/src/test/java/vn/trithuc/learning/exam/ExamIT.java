package vn.trithuc.learning.exam;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.anyOf;
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
import vn.trithuc.learning.testing.ExamFixtures;
import vn.trithuc.testing.Deployments;
import vn.trithuc.testing.KeycloakExtension;
import vn.trithuc.testing.Tokens;

/** A sitting with real tokens: group access, start, saves by sequence number, resume, submit, score, certificate, deadline. */
@ExtendWith(KeycloakExtension.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExamIT {

    static final String DEPARTMENT = ExamFixtures.DEPARTMENT;
    static final Map<String, Object> RIGHT = ExamFixtures.RIGHT;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.learningService();
    }

    long bank() {
        return ExamFixtures.bank(base);
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
        // no body at all: a problem naming the request, not a server error
        given().auth().oauth2(candidate).contentType(ContentType.JSON)
                .when().put(base + "api/attempts/" + id + "/answers/" + first).then().statusCode(400)
                .contentType(containsString("problem+json"));
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
        // the audit trail, for exam administrators only
        given().auth().oauth2(Tokens.of("khaothi")).when().get(base + "api/attempts/" + id + "/events")
                .then().statusCode(200).body("kind", org.hamcrest.Matchers.hasItems("start", "save", "focus-lost", "submit"))
                .body("findAll { it.kind == 'save' }.size()", equalTo(8)).body("[0].ip", notNullValue());
        given().auth().oauth2(candidate).when().get(base + "api/attempts/" + id + "/events").then().statusCode(403);
        given().auth().oauth2(candidate).when().get(base + "api/me/enrollments")
                .then().body("find { it.courseId == " + course[0] + " }.status", equalTo("completed"))
                .body("find { it.courseId == " + course[0] + " }.examPassed", equalTo(true));
        given().auth().oauth2(candidate).when().get(base + "api/exams").then().body("find { it.id == " + exam + " }.attemptsLeft", equalTo(1));
    }

    @Test
    void savesArrivingTogetherAreCommittedTogetherAndTheHighestSequenceWins() throws Exception {
        long exam = exam(bank(), null, null, 5);
        String candidate = Tokens.of("congchuc");
        JsonPath attempt = JsonPath.from(given().auth().oauth2(candidate).when().post(base + "api/exams/" + exam + "/attempts")
                .then().statusCode(anyOf(equalTo(200), equalTo(201))).extract().asString());
        long id = attempt.getLong("id");
        long q = attempt.getLong("questions[0].id");
        Object right = right(attempt, 0);
        // 60 saves of one question at once, in shuffled order: each is acknowledged after its commit
        List<Integer> order = new java.util.ArrayList<>(java.util.stream.IntStream.rangeClosed(1, 60).boxed().toList());
        java.util.Collections.shuffle(order);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(12);
        try {
            List<java.util.concurrent.Future<Integer>> statuses = new java.util.ArrayList<>();
            for (int seq : order) {
                statuses.add(pool.submit(() -> given().auth().oauth2(candidate).contentType(ContentType.JSON)
                        .body(Map.of("response", right, "seq", seq)).when().put(base + "api/attempts/" + id + "/answers/" + q)
                        .then().extract().statusCode()));
            }
            for (java.util.concurrent.Future<Integer> status : statuses) {
                assertThat(status.get()).isEqualTo(204);
            }
        } finally {
            pool.shutdown();
        }
        given().auth().oauth2(candidate).when().get(base + "api/attempts/" + id).then().statusCode(200)
                .body("questions[0].seq", equalTo(60));
        given().auth().oauth2(Tokens.of("khaothi")).when().get(base + "api/attempts/" + id + "/events").then().statusCode(200)
                .body("findAll { it.kind == 'save' }.size()", equalTo(60));
        given().auth().oauth2(candidate).when().post(base + "api/attempts/" + id + "/submission").then().statusCode(200);
        given().auth().oauth2(candidate).contentType(ContentType.JSON).body(Map.of("response", right, "seq", 61))
                .when().put(base + "api/attempts/" + id + "/answers/" + q).then().statusCode(409);
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

    @Test
    void passRatesByUnitDistrictAndCity() {
        long bank = bank();
        long exam = given().auth().oauth2(Tokens.of("khaothi")).contentType(ContentType.JSON)
                .body(Map.of("title", "Báo cáo " + System.nanoTime(), "bankId", bank, "passMark", 75,
                        "rules", List.of(Map.of("category", "Mật khẩu", "count", 3), Map.of("category", "Dịch vụ công", "count", 1))))
                .when().post(base + "api/exams").then().statusCode(201).extract().jsonPath().getLong("id");
        sit(exam, "congchuc", true);
        sit(exam, "congchuc2", false);
        given().auth().oauth2(Tokens.of("khaothi")).when().get(base + "api/reports/exams/" + exam + "/pass-rates?groupBy=unit")
                .then().statusCode(200).body("candidates", equalTo(2)).body("passed", equalTo(1)).body("passRate", equalTo(50.0f))
                .body("groups.find { it.group == '/Hà Nội/Sở Thông tin và Truyền thông/Phòng Công nghệ thông tin' }.passRate", equalTo(100.0f))
                .body("groups.find { it.group == '/Hà Nội/Quận Ba Đình/UBND Phường Điện Biên' }.passed", equalTo(0));
        given().auth().oauth2(Tokens.of("khaothi")).when().get(base + "api/reports/exams/" + exam + "/pass-rates?groupBy=district")
                .then().body("groups.group", equalTo(List.of("/Hà Nội/Quận Ba Đình", "/Hà Nội/Sở Thông tin và Truyền thông")));
        given().auth().oauth2(Tokens.of("khaothi")).when().get(base + "api/reports/exams/" + exam + "/pass-rates?groupBy=city")
                .then().body("groups", hasSize(1)).body("groups[0].group", equalTo("/Hà Nội")).body("groups[0].candidates", equalTo(2))
                .body("groups[0].averageScore", notNullValue());
        given().auth().oauth2(Tokens.of("khaothi")).when().get(base + "api/reports/exams/" + exam + "/pass-rates?groupBy=planet")
                .then().statusCode(400);
        given().auth().oauth2(Tokens.of("congchuc")).when().get(base + "api/reports/exams/" + exam + "/pass-rates").then().statusCode(403);
    }

    /** One candidate sits the exam, answering everything right or everything wrong, and submits. */
    private void sit(long exam, String user, boolean right) {
        String token = Tokens.of(user);
        JsonPath attempt = given().auth().oauth2(token).when().post(base + "api/exams/" + exam + "/attempts")
                .then().statusCode(201).extract().jsonPath();
        for (int i = 0; i < attempt.getList("questions").size(); i++) {
            Object answer = right(attempt, i);
            if (!right) {
                answer = answer instanceof Boolean b ? !b : answer instanceof Integer ? 31 : "a".equals(answer) ? "b" : "zzz";
            }
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("response", answer, "seq", 1))
                    .when().put(base + "api/attempts/" + attempt.getLong("id") + "/answers/" + attempt.getLong("questions[" + i + "].id"))
                    .then().statusCode(204);
        }
        given().auth().oauth2(token).when().post(base + "api/attempts/" + attempt.getLong("id") + "/submission")
                .then().statusCode(200).body("passed", equalTo(right));
    }

    @Test
    void essaysWaitInTheGradingQueueThenTheResultIsFinal() {
        long bank = given().auth().oauth2(Tokens.of("giangvien")).contentType(ContentType.JSON).body(Map.of("title", "Tự luận " + System.nanoTime()))
                .when().post(base + "api/question-banks").then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(Tokens.of("giangvien")).contentType(ContentType.JSON)
                .body(Map.of("category", "Tự luận", "question", Map.of("type", "essay", "prompt", "Nêu ba lợi ích của dịch vụ công trực tuyến.",
                        "key", Map.of("rubric", "Mỗi lợi ích đúng: 1 điểm"))))
                .when().post(base + "api/question-banks/" + bank + "/questions").then().statusCode(201);
        long exam = given().auth().oauth2(Tokens.of("khaothi")).contentType(ContentType.JSON)
                .body(Map.of("title", "Tự luận " + System.nanoTime(), "bankId", bank, "passMark", 60,
                        "rules", List.of(Map.of("category", "Tự luận", "count", 1, "points", 3))))
                .when().post(base + "api/exams").then().statusCode(201).extract().jsonPath().getLong("id");
        String token = Tokens.of("hocsinh");
        JsonPath attempt = given().auth().oauth2(token).when().post(base + "api/exams/" + exam + "/attempts").then().statusCode(201).extract().jsonPath();
        long answer = attempt.getLong("questions[0].id");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("response", "Tiết kiệm thời gian, minh bạch, nộp hồ sơ mọi lúc.", "seq", 1))
                .when().put(base + "api/attempts/" + attempt.getLong("id") + "/answers/" + answer).then().statusCode(204);
        given().auth().oauth2(token).when().post(base + "api/attempts/" + attempt.getLong("id") + "/submission")
                .then().statusCode(200).body("pending", equalTo(1)).body("passed", org.hamcrest.Matchers.nullValue());

        given().auth().oauth2(token).when().get(base + "api/grading").then().statusCode(403);
        given().auth().oauth2(Tokens.of("giangvien")).when().get(base + "api/grading?examId=" + exam)
                .then().statusCode(200).body("$", hasSize(1)).body("[0].rubric", equalTo("Mỗi lợi ích đúng: 1 điểm"))
                .body("[0].response", containsString("minh bạch"));
        given().auth().oauth2(Tokens.of("giangvien")).contentType(ContentType.JSON).body(Map.of("points", 4))
                .when().post(base + "api/grading/" + answer).then().statusCode(400);
        given().auth().oauth2(Tokens.of("giangvien")).contentType(ContentType.JSON).body(Map.of("points", 2, "comment", "Thiếu một ý."))
                .when().post(base + "api/grading/" + answer)
                .then().statusCode(200).body("pending", equalTo(0)).body("score", equalTo(2.0f)).body("passed", equalTo(true));
        given().auth().oauth2(Tokens.of("giangvien")).when().get(base + "api/grading?examId=" + exam).then().body("$", hasSize(0));
        given().auth().oauth2(token).when().get(base + "api/attempts/" + attempt.getLong("id")).then().body("result.passed", equalTo(true));
    }

    @Test
    void sittingsAdmitFromTheRoomWithTheCodeAndHandOutPreparedAttempts() throws InterruptedException {
        long exam = exam(bank(), null, null, 1);
        String admin = Tokens.of("khaothi");
        // a sitting for another network, and a sitting later today: neither admits this candidate now
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("startsAt", OffsetDateTime.now().minusMinutes(1).toString(), "admissionMinutes", 30, "ipRanges", List.of("not-an-ip")))
                .when().post(base + "api/exams/" + exam + "/sittings").then().statusCode(400).body("detail", containsString("not-an-ip"));
        given().auth().oauth2(Tokens.of("congchuc")).contentType(ContentType.JSON)
                .body(Map.of("startsAt", OffsetDateTime.now().toString())).when().post(base + "api/exams/" + exam + "/sittings").then().statusCode(403);
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("startsAt", OffsetDateTime.now().plusHours(3).toString(), "admissionMinutes", 15))
                .when().post(base + "api/exams/" + exam + "/sittings").then().statusCode(201);
        String candidate = Tokens.of("congchuc");
        given().auth().oauth2(candidate).when().post(base + "api/exams/" + exam + "/attempts")
                .then().statusCode(409).body("type", containsString("no-sitting-now")).body("nextSitting", notNullValue());

        long sitting = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("title", "Ca 1", "startsAt", OffsetDateTime.now().minusMinutes(1).toString(), "admissionMinutes", 30,
                        "accessCode", "HN-2026", "ipRanges", List.of("127.0.0.0/8", "::1/128"), "prepare", 5))
                .when().post(base + "api/exams/" + exam + "/sittings")
                .then().statusCode(201).body("accessCodeRequired", equalTo(true)).body("prepareTarget", equalTo(5))
                .body(not(containsString("HN-2026"))).extract().jsonPath().getLong("id");
        // the attempts are drawn ahead, in the background
        int prepared = 0;
        for (int i = 0; i < 60 && prepared < 5; i++) {
            Thread.sleep(500);
            prepared = given().auth().oauth2(admin).when().get(base + "api/exams/" + exam + "/sittings")
                    .then().statusCode(200).extract().jsonPath().getInt("find { it.id == " + sitting + " }.prepared");
        }
        assertThat(prepared).isEqualTo(5);

        given().auth().oauth2(candidate).when().post(base + "api/exams/" + exam + "/attempts")
                .then().statusCode(403).body("type", containsString("wrong-access-code")).body("title", equalTo("Access code required"));
        given().auth().oauth2(candidate).contentType(ContentType.JSON).body(Map.of("accessCode", "HN-2025"))
                .when().post(base + "api/exams/" + exam + "/attempts").then().statusCode(403).body("title", equalTo("Wrong access code"));
        given().auth().oauth2(candidate).contentType(ContentType.JSON).body("{not json")
                .when().post(base + "api/exams/" + exam + "/attempts").then().statusCode(400);
        long id = given().auth().oauth2(candidate).contentType(ContentType.JSON).body(Map.of("accessCode", " HN-2026 "))
                .when().post(base + "api/exams/" + exam + "/attempts")
                .then().statusCode(201).body("questions", hasSize(4)).body("status", equalTo("active")).extract().jsonPath().getLong("id");
        given().auth().oauth2(candidate).contentType(ContentType.JSON).body(Map.of("accessCode", "HN-2026"))
                .when().post(base + "api/exams/" + exam + "/attempts").then().statusCode(200).body("id", equalTo((int) id));
        given().auth().oauth2(admin).when().get(base + "api/exams/" + exam + "/sittings")
                .then().body("find { it.id == " + sitting + " }.prepared", equalTo(4)).body("find { it.id == " + sitting + " }.started", equalTo(1));
        // the prepared attempt is the candidate's now: the administrators' list shows it, not the unclaimed ones
        given().auth().oauth2(admin).when().get(base + "api/exams/" + exam + "/attempts")
                .then().body("$", hasSize(1)).body("[0].username", equalTo("congchuc"));
    }

    @Test
    void aSittingForAnotherNetworkRefusesCandidatesOutsideIt() {
        long exam = exam(bank(), null, null, 1);
        given().auth().oauth2(Tokens.of("khaothi")).contentType(ContentType.JSON)
                .body(Map.of("startsAt", OffsetDateTime.now().minusMinutes(1).toString(), "ipRanges", List.of("10.9.0.0/16")))
                .when().post(base + "api/exams/" + exam + "/sittings").then().statusCode(201).body("ipRanges", equalTo(List.of("10.9.0.0/16")));
        given().auth().oauth2(Tokens.of("congchuc")).when().post(base + "api/exams/" + exam + "/attempts")
                .then().statusCode(403).body("type", containsString("outside-ip-range"));
    }

    @Test
    void aKeyCorrectionRegradesTakenAttempts() {
        long bank = bank();
        String admin = Tokens.of("khaothi");
        long exam = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("title", "Sửa đáp án " + System.nanoTime(), "bankId", bank, "passMark", 100, "groups", List.of(DEPARTMENT),
                        "rules", List.of(Map.of("category", "Mật khẩu", "count", 3), Map.of("category", "Dịch vụ công", "count", 1))))
                .when().post(base + "api/exams").then().statusCode(201).extract().jsonPath().getLong("id");
        // everything right except "at least 12 characters", answered false
        String token = Tokens.of("congchuc");
        JsonPath attempt = given().auth().oauth2(token).when().post(base + "api/exams/" + exam + "/attempts").then().statusCode(201).extract().jsonPath();
        long id = attempt.getLong("id");
        for (int i = 0; i < 4; i++) {
            Object answer = right(attempt, i);
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("response", Boolean.TRUE.equals(answer) ? false : answer, "seq", 1))
                    .when().put(base + "api/attempts/" + id + "/answers/" + attempt.getLong("questions[" + i + "].id")).then().statusCode(204);
        }
        given().auth().oauth2(token).when().post(base + "api/attempts/" + id + "/submission")
                .then().statusCode(200).body("score", equalTo(3.0f)).body("passed", equalTo(false));

        // the instructor decides the statement's key should have been false, and rewrites another question's options
        JsonPath questions = given().auth().oauth2(Tokens.of("giangvien")).when().get(base + "api/question-banks/" + bank + "/questions")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Object> mk1 = new HashMap<>(questions.getMap("find { it.name == 'mk1' }"));
        Map<String, Object> q1 = new HashMap<>(questions.getMap("find { it.name == 'mk1' }.question"));
        q1.put("key", Map.of("truth", false));
        given().auth().oauth2(Tokens.of("giangvien")).contentType(ContentType.JSON).body(Map.of("category", mk1.get("category"), "question", q1))
                .when().put(base + "api/questions/" + mk1.get("id")).then().statusCode(200).body("version", equalTo(2));
        Map<String, Object> mk2 = new HashMap<>(questions.getMap("find { it.name == 'mk2' }"));
        Map<String, Object> q2 = new HashMap<>(questions.getMap("find { it.name == 'mk2' }.question"));
        List<Object> options = new java.util.ArrayList<>(questions.getList("find { it.name == 'mk2' }.question.options"));
        options.remove(options.size() - 1);
        q2.put("options", options);
        given().auth().oauth2(Tokens.of("giangvien")).contentType(ContentType.JSON).body(Map.of("category", mk2.get("category"), "question", q2))
                .when().put(base + "api/questions/" + mk2.get("id")).then().statusCode(200);
        // editing alone changes no taken attempt
        given().auth().oauth2(token).when().get(base + "api/attempts/" + id).then().body("result.score", equalTo(3.0f));

        given().auth().oauth2(token).when().post(base + "api/exams/" + exam + "/regrade").then().statusCode(403);
        given().auth().oauth2(admin).when().post(base + "api/exams/" + exam + "/regrade")
                .then().statusCode(200).body("questions", equalTo(1)).body("attempts", equalTo(1)).body("scoreChanges", equalTo(1))
                .body("nowPassing", equalTo(1)).body("nowFailing", equalTo(0))
                .body("skipped", hasSize(1)).body("skipped[0]", containsString("question " + mk2.get("id")));
        given().auth().oauth2(token).when().get(base + "api/attempts/" + id)
                .then().body("result.score", equalTo(4.0f)).body("result.passed", equalTo(true));
    }

    @Test
    void itemAnalysisFlagsQuestionsThatBehaveBadlyAndReportsExport() {
        long bank = bank();
        String admin = Tokens.of("khaothi");
        long exam = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("title", "Phân tích " + System.nanoTime(), "bankId", bank, "passMark", 60, "attemptLimit", 12,
                        "groups", List.of(DEPARTMENT), "review", "answers",
                        "rules", List.of(Map.of("category", "Mật khẩu", "count", 3), Map.of("category", "Dịch vụ công", "count", 1, "points", 2))))
                .when().post(base + "api/exams").then().statusCode(201).extract().jsonPath().getLong("id");
        // a seeded result set: six strong and six weak attempts
        String token = Tokens.of("congchuc");
        for (int k = 0; k < 12; k++) {
            boolean strong = k < 6;
            JsonPath attempt = given().auth().oauth2(token).when().post(base + "api/exams/" + exam + "/attempts").then().statusCode(201).extract().jsonPath();
            long id = attempt.getLong("id");
            for (int i = 0; i < 4; i++) {
                String prompt = attempt.getString("questions[" + i + "].prompt");
                Object answer;
                if (prompt.startsWith("Mật khẩu nên")) {
                    answer = true;                                   // everyone right: too easy
                } else if (prompt.startsWith("Mật khẩu nào")) {
                    answer = strong ? "b" : "a";                      // the strong pick a distractor: negative discrimination
                } else if (prompt.startsWith("Mã dùng")) {
                    answer = strong ? "OTP" : "mã";                   // separates strong from weak
                } else {
                    answer = strong ? 30 : 12;
                }
                given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("response", answer, "seq", 1))
                        .when().put(base + "api/attempts/" + id + "/answers/" + attempt.getLong("questions[" + i + "].id")).then().statusCode(204);
            }
            given().auth().oauth2(token).when().post(base + "api/attempts/" + id + "/submission").then().statusCode(200);
        }
        JsonPath items = given().auth().oauth2(admin).when().get(base + "api/reports/exams/" + exam + "/items")
                .then().statusCode(200).body("attempts", equalTo(12)).body("questions", hasSize(4)).extract().jsonPath();
        assertThat(items.getList("questions.find { it.prompt.startsWith('Mật khẩu nên') }.flags")).contains("too-easy");
        assertThat(items.getFloat("questions.find { it.prompt.startsWith('Mật khẩu nên') }.facility")).isEqualTo(1.0f);
        assertThat(items.getList("questions.find { it.prompt.startsWith('Mật khẩu nào') }.flags"))
                .contains("negative-discrimination", "distractor-attracts-strong", "unused-distractor");
        assertThat(items.getFloat("questions.find { it.prompt.startsWith('Mật khẩu nào') }.discrimination")).isLessThan(0f);
        assertThat(items.getInt("questions.find { it.prompt.startsWith('Mật khẩu nào') }.distractors.find { it.id == 'b' }.chosen")).isEqualTo(6);
        assertThat(items.getFloat("questions.find { it.prompt.startsWith('Mã dùng') }.discrimination")).isGreaterThan(0.5f);
        assertThat(items.getList("questions.find { it.prompt.startsWith('Mã dùng') }.flags")).isEmpty();
        assertThat(items.getFloat("questions.find { it.prompt.startsWith('Mã dùng') }.facility")).isEqualTo(0.5f);

        // the review policy "answers" shows each question's outcome after submission
        given().auth().oauth2(token).when().get(base + "api/exams/" + exam).then().body("attemptsLeft", equalTo(0));
        given().auth().oauth2(admin).when().get(base + "api/reports/exams/" + exam + "/over-time?period=day")
                .then().statusCode(200).body("periods", hasSize(1)).body("periods[0].attempts", equalTo(12)).body("periods[0].passRate", equalTo(50.0f));
        given().auth().oauth2(admin).when().get(base + "api/reports/exams")
                .then().statusCode(200).body("find { it.examId == " + exam + " }.attempts", equalTo(12))
                .body("find { it.examId == " + exam + " }.candidates", equalTo(1));
        String csv = given().auth().oauth2(admin).when().get(base + "api/reports/exams/" + exam + "/pass-rates?groupBy=district&format=csv")
                .then().statusCode(200).contentType(containsString("text/csv")).header("Content-Disposition", containsString(".csv"))
                .extract().asString();
        assertThat(csv).contains("group,candidates,passed,passRate,averageScore").contains("/Hà Nội/Sở Thông tin và Truyền thông,1,1,100.0");
        byte[] xlsx = given().auth().oauth2(admin).when().get(base + "api/reports/exams/" + exam + "/items?format=xlsx")
                .then().statusCode(200).contentType(containsString("spreadsheetml")).extract().asByteArray();
        assertThat(new String(xlsx, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        given().auth().oauth2(admin).when().get(base + "api/reports/exams/" + exam + "/items?format=pdf").then().statusCode(400);
        given().auth().oauth2(admin).when().get(base + "api/reports/exams/" + exam + "/over-time?period=year").then().statusCode(400);
        given().auth().oauth2(token).when().get(base + "api/reports/exams/" + exam + "/items").then().statusCode(403);
        // the report page shows the same figures
        given().auth().oauth2(admin).accept(ContentType.HTML).when().get(base + "reports/exams/" + exam + "?groupBy=city")
                .then().statusCode(200).body(containsString("Phân tích câu hỏi")).body(containsString("quá dễ")).body(containsString("/Hà Nội"));
    }
}
