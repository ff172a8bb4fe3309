package vn.trithuc.learning.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;

import vn.trithuc.testing.Tokens;

/** A small certification bank (four questions, two categories) and an exam drawing all of it, through the API. */
public final class ExamFixtures {

    public static final String DEPARTMENT = "/Hà Nội/Sở Thông tin và Truyền thông";
    public static final String GIFT = """
            $CATEGORY: Mật khẩu

            ::mk1::Mật khẩu nên dài ít nhất 12 ký tự. {T}

            ::mk2::Mật khẩu nào an toàn nhất? {=Hoa-sen-no-thang-6 ~12345678 ~HaNoi1990}

            ::mk3::Mã dùng một lần gửi về điện thoại gọi tắt là gì? {=OTP}

            $CATEGORY: Dịch vụ công

            ::dv1::Hà Nội có bao nhiêu quận, huyện, thị xã? {#30}
            """;
    /** The right answer for each question, by the start of its prompt. */
    public static final Map<String, Object> RIGHT = Map.of("Mật khẩu nên", true, "Mật khẩu nào", "a", "Mã dùng", "otp", "Hà Nội có", 30);

    private ExamFixtures() {
    }

    /** A new bank holding {@link #GIFT}. */
    public static long bank(URL base) {
        long bank = given().auth().oauth2(Tokens.of("giangvien")).contentType(ContentType.JSON).body(Map.of("title", "Thi " + System.nanoTime()))
                .when().post(base + "api/question-banks").then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(Tokens.of("giangvien")).multiPart("file", "thi.gift", GIFT.getBytes(StandardCharsets.UTF_8), "text/plain")
                .when().post(base + "api/question-banks/" + bank + "/imports").then().statusCode(200).body("imported", equalTo(4));
        return bank;
    }

    /** An exam for {@link #DEPARTMENT} drawing the whole bank (pass mark 75 %, 30 minutes). */
    public static long exam(URL base, long bank, String title) {
        return given().auth().oauth2(Tokens.of("khaothi")).contentType(ContentType.JSON)
                .body(Map.of("title", title, "bankId", bank, "timeLimitMinutes", 30, "passMark", 75, "groups", List.of(DEPARTMENT),
                        "rules", List.of(Map.of("category", "Mật khẩu", "count", 3), Map.of("category", "Dịch vụ công", "count", 1, "points", 2))))
                .when().post(base + "api/exams").then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
