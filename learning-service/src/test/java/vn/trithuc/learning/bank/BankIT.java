package vn.trithuc.learning.bank;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
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

import vn.trithuc.testing.Deployments;
import vn.trithuc.testing.KeycloakExtension;
import vn.trithuc.testing.Tokens;

/** Question banks: import (GIFT, Aiken, Moodle XML, QTI) all-or-nothing with a per-item report, versions, export. */
@ExtendWith(KeycloakExtension.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BankIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.learningService();
    }

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = BankIT.class.getResourceAsStream("/questions/" + name)) {
            return in.readAllBytes();
        }
    }

    private long bank(String title) {
        return given().auth().oauth2(Tokens.of("giangvien")).contentType(ContentType.JSON).body(Map.of("title", title))
                .when().post(base + "api/question-banks").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private io.restassured.response.ValidatableResponse importFile(long bank, String name, byte[] content, boolean partial) {
        return given().auth().oauth2(Tokens.of("giangvien")).multiPart("file", name, content, "application/octet-stream")
                .when().post(base + "api/question-banks/" + bank + "/imports" + (partial ? "?acceptPartial=true" : "")).then();
    }

    @Test
    void importsAreAllOrNothingWithAReportPerItem() throws IOException {
        long bank = bank("Kỹ năng số " + System.nanoTime());
        given().auth().oauth2(Tokens.of("hocsinh")).when().get(base + "api/question-banks").then().statusCode(403);

        importFile(bank, "questions.gift.txt", fixture("questions.gift.txt"), false)
                .statusCode(200).body("imported", equalTo(9)).body("skipped", hasSize(0));
        importFile(bank, "multichoice.xml", fixture("multichoice.xml"), false).statusCode(200).body("imported", equalTo(1));
        importFile(bank, "choice.xml", fixture("choice.xml"), false).statusCode(200).body("imported", equalTo(1));

        // a hotspot item and Moodle's Aiken error fixture: refused whole, each item with its reason
        importFile(bank, "hotspot.xml", fixture("hotspot.xml"), false).statusCode(422)
                .contentType("application/problem+json").body("skipped[0].reason", containsString("hotspot"));
        importFile(bank, "aiken_errors.txt", fixture("aiken_errors.txt"), false).statusCode(422)
                .body("imported", equalTo(0)).body("skipped", hasSize(4)).body("skipped[0].line", equalTo(1));
        given().auth().oauth2(Tokens.of("giangvien")).when().get(base + "api/question-banks/" + bank).then().body("questions", equalTo(11));
        importFile(bank, "aiken_errors.txt", fixture("aiken_errors.txt"), true).statusCode(200)
                .body("imported", equalTo(2)).body("skipped", hasSize(4));

        importFile(bank, "hong.xml", "<quiz><question type=\"essay\">\n</quiz>".getBytes(), false).statusCode(400)
                .body("detail", containsString("hong.xml: line 2")).body("line", equalTo(2));
        importFile(bank, "test.xml", "<assessmentTest/>".getBytes(), false).statusCode(400).body("detail", containsString("content package"));

        given().auth().oauth2(Tokens.of("khaothi")).when().get(base + "api/question-banks/" + bank + "/questions?difficulty=medium")
                .then().statusCode(200).body("$", hasSize(13)).body("type", hasItem("matching")).body("type", hasItem("essay"))
                .body("find { it.name == 'Q2' }.question.key.correct", equalTo(List.of("a")));
        // administrators may change any bank
        given().auth().oauth2(Tokens.of("quantri")).multiPart("file", "x.txt", "Câu? {T}".getBytes(), "text/plain")
                .when().post(base + "api/question-banks/" + bank + "/imports").then().statusCode(200);
    }

    @Test
    void editsAreVersionsAndExportsReimport() throws IOException {
        long bank = bank("Phiên bản " + System.nanoTime());
        String teacher = Tokens.of("giangvien");
        long q = given().auth().oauth2(teacher).contentType(ContentType.JSON)
                .body(Map.of("category", "Mật khẩu", "tags", List.of("an-toan"), "difficulty", "easy",
                        "question", Map.of("type", "true-false", "prompt", "Mật khẩu nên dài ít nhất 12 ký tự.", "key", Map.of("truth", true))))
                .when().post(base + "api/question-banks/" + bank + "/questions")
                .then().statusCode(201).body("version", equalTo(1)).body("difficulty", equalTo("easy")).extract().jsonPath().getLong("id");
        Map<String, Object> changed = Map.of("category", "Mật khẩu", "difficulty", "medium",
                "question", Map.of("type", "true-false", "prompt", "Mật khẩu nên dài ít nhất 8 ký tự.", "key", Map.of("truth", true)));
        given().auth().oauth2(teacher).contentType(ContentType.JSON).body(changed).when().put(base + "api/questions/" + q)
                .then().statusCode(200).body("version", equalTo(2));
        given().auth().oauth2(teacher).contentType(ContentType.JSON).body(changed).when().put(base + "api/questions/" + q)
                .then().statusCode(200).body("version", equalTo(2)); // same content: no new version
        given().auth().oauth2(teacher).when().get(base + "api/questions/" + q + "/versions").then().body("number", equalTo(List.of(2, 1)));
        given().auth().oauth2(teacher).contentType(ContentType.JSON)
                .body(Map.of("question", Map.of("type", "single-choice", "prompt", "?", "options", List.of("x"), "key", Map.of("correct", List.of("b")))))
                .when().post(base + "api/question-banks/" + bank + "/questions").then().statusCode(400);

        importFile(bank, "questions.gift.txt", fixture("questions.gift.txt"), false).statusCode(200);
        byte[] gift = given().auth().oauth2(teacher).when().get(base + "api/question-banks/" + bank + "/export?format=gift")
                .then().statusCode(200).extract().asByteArray();
        assertThat(new String(gift, java.nio.charset.StandardCharsets.UTF_8)).contains("$CATEGORY: Mật khẩu", "::Q8::", "{TRUE}");
        byte[] qti = given().auth().oauth2(teacher).when().get(base + "api/question-banks/" + bank + "/export?format=qti")
                .then().statusCode(200).contentType("application/zip").extract().asByteArray();
        long copy = bank("Bản sao " + System.nanoTime());
        importFile(copy, "bank.zip", qti, false).statusCode(200).body("imported", equalTo(10));
        importFile(bank("Bản sao GIFT " + System.nanoTime()), "bank.gift", gift, false).statusCode(200).body("imported", equalTo(10));

        given().auth().oauth2(teacher).accept(ContentType.HTML).when().get(base + "banks/" + bank)
                .then().statusCode(200).body(containsString("Nhập câu hỏi")).body(containsString("Ghép cặp"));
    }
}
