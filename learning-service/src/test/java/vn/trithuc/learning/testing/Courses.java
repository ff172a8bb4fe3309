package vn.trithuc.learning.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.net.URL;
import java.util.Map;

import io.restassured.http.ContentType;

import vn.trithuc.testing.Tokens;

/** Courses for tests, written and published through the API by the demo instructor. */
public final class Courses {

    private Courses() {
    }

    /** A published course of two modules (one lesson each) by giangvien; returns {course, lesson1, lesson2}. */
    public static long[] published(URL base, String title, String audience) {
        String teacher = Tokens.of("giangvien");
        long course = given().auth().oauth2(teacher).contentType(ContentType.JSON)
                .body(Map.of("title", title, "summary", "Tóm tắt " + title, "audience", audience, "topic", "Kỹ năng số",
                        "level", "Cơ bản", "estimatedHours", 2, "certificateMonths", 12,
                        "description", "Khoá học **thử nghiệm**."))
                .when().post(base + "api/courses")
                .then().statusCode(201).body("status", equalTo("draft")).extract().jsonPath().getLong("id");
        long m1 = given().auth().oauth2(teacher).contentType(ContentType.JSON).body(Map.of("title", "Phần một"))
                .when().post(base + "api/courses/" + course + "/modules").then().statusCode(201).extract().jsonPath().getLong("id");
        long m2 = given().auth().oauth2(teacher).contentType(ContentType.JSON).body(Map.of("title", "Phần hai"))
                .when().post(base + "api/courses/" + course + "/modules").then().statusCode(201).extract().jsonPath().getLong("id");
        long l1 = given().auth().oauth2(teacher).contentType(ContentType.JSON)
                .body(Map.of("title", "Bài một", "markdown", "Đọc [[medical:Bệnh dengue|sốt xuất huyết]] trước.\n\n<script>alert(1)</script>",
                        "minutes", 5, "videoUrl", "https://video.example.vn/bai-1.mp4", "transcript", "Lời thoại bài một."))
                .when().post(base + "api/modules/" + m1 + "/lessons").then().statusCode(201).extract().jsonPath().getLong("id");
        long l2 = given().auth().oauth2(teacher).contentType(ContentType.JSON).body(Map.of("title", "Bài hai", "markdown", "Nội dung bài hai."))
                .when().post(base + "api/modules/" + m2 + "/lessons").then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(teacher).when().post(base + "api/courses/" + course + "/publication")
                .then().statusCode(200).body("status", equalTo("published")).body("lessons", equalTo(2));
        return new long[] {course, l1, l2};
    }

    /** Sets a lesson's practice quiz (JSON questions) as the demo instructor; returns the response status. */
    public static int quiz(URL base, long lesson, String title, String markdown, String quizJson) {
        return given().auth().oauth2(Tokens.of("giangvien")).contentType(ContentType.JSON)
                .body("{\"title\": \"" + title + "\", \"markdown\": \"" + markdown + "\", \"quiz\": " + quizJson + "}")
                .when().put(base + "api/lessons/" + lesson).then().extract().statusCode();
    }
}
