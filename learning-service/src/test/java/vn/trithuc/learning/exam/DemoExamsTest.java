package vn.trithuc.learning.exam;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import vn.trithuc.content.questions.formats.Gift;
import vn.trithuc.content.questions.formats.ImportedQuestions;

class DemoExamsTest {

    @Test
    void theDemoBankReadsCompletelyAndFillsTheBlueprint() throws IOException {
        String gift;
        try (InputStream in = DemoExams.class.getResourceAsStream("/demo/exams/ky-nang-so-co-ban.gift")) {
            gift = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ImportedQuestions read = Gift.read(gift, "ky-nang-so-co-ban.gift");
        assertThat(read.skipped()).isEmpty();
        assertThat(read.items()).hasSize(16);
        Map<String, Long> perCategory = read.items().stream().collect(Collectors.groupingBy(ImportedQuestions.Item::category, Collectors.counting()));
        assertThat(perCategory).containsOnlyKeys("Tài khoản và mật khẩu", "Dịch vụ công trực tuyến", "Thư điện tử", "An toàn thông tin",
                "Dữ liệu cá nhân");
        assertThat(perCategory.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(2));
        assertThat(read.items().stream().map(i -> i.question().type().key()).distinct())
                .contains("true-false", "single-choice", "multiple-choice", "short-answer", "numeric", "matching");
    }
}
