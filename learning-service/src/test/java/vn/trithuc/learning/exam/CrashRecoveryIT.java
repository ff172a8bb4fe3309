package vn.trithuc.learning.exam;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import vn.trithuc.launcher.SecondServer;
import vn.trithuc.learning.testing.ExamFixtures;
import vn.trithuc.testing.KeycloakExtension;
import vn.trithuc.testing.Tokens;

/**
 * The promise behind answer saving: an acknowledged answer survives the server being killed
 * (SIGKILL, no shutdown) right after the acknowledgement. A second WildFly with the built WAR is
 * killed mid-attempt and started again; the candidate resumes with every answer and submits.
 */
@ExtendWith(KeycloakExtension.class)
class CrashRecoveryIT {

    private SecondServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void noAcknowledgedAnswerIsLostWhenTheServerIsKilledMidAttempt() throws Exception {
        Path data = Path.of(System.getProperty("trithuc.it.data.dir")).resolve("crash-" + System.nanoTime());
        server = new SecondServer(data, List.of(Path.of("target", "learning-service.war")));
        server.start();
        URL base = new URL(server.url("/learn/"));
        long exam = ExamFixtures.exam(base, ExamFixtures.bank(base), "Sát hạch khi máy chủ sập " + System.nanoTime());
        String candidate = Tokens.of("congchuc");
        JsonPath attempt = given().auth().oauth2(candidate).when().post(base + "api/exams/" + exam + "/attempts")
                .then().statusCode(201).extract().jsonPath();
        long id = attempt.getLong("id");
        List<Object> acknowledged = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String prompt = attempt.getString("questions[" + i + "].prompt");
            Object right = ExamFixtures.RIGHT.entrySet().stream().filter(e -> prompt.startsWith(e.getKey())).findFirst().orElseThrow().getValue();
            given().auth().oauth2(candidate).contentType(ContentType.JSON).body(Map.of("response", right, "seq", 1))
                    .when().put(base + "api/attempts/" + id + "/answers/" + attempt.getLong("questions[" + i + "].id")).then().statusCode(204);
            acknowledged.add(right);
        }
        // the last acknowledgement has just arrived: kill at once
        server.kill();

        server.start();
        JsonPath resumed = given().auth().oauth2(candidate).when().get(base + "api/attempts/" + id)
                .then().statusCode(200).body("status", equalTo("active")).extract().jsonPath();
        assertThat(resumed.getList("questions.seq", Integer.class)).containsOnly(1);
        for (int i = 0; i < 4; i++) {
            assertThat(String.valueOf(resumed.getList("questions.response").get(i))).isEqualTo(String.valueOf(acknowledged.get(i)));
        }
        given().auth().oauth2(candidate).when().post(base + "api/attempts/" + id + "/submission")
                .then().statusCode(200).body("score", equalTo(5.0f)).body("passed", equalTo(true));
    }
}
