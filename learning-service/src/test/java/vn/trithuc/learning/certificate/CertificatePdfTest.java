package vn.trithuc.learning.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import vn.trithuc.web.page.Languages;
import vn.trithuc.web.page.Messages;

class CertificatePdfTest {

    @Test
    void oneLandscapePageWithTheVietnameseTextEmbedded() throws Exception {
        Certificate certificate = new Certificate("TT-ABCDEFGH23", 1, 42, "congchuc", "Trần Thị Thu Hà",
                "Kỹ năng số cơ bản cho cán bộ, công chức", OffsetDateTime.of(2026, 11, 27, 9, 0, 0, 0, ZoneOffset.ofHours(7)),
                OffsetDateTime.of(2028, 11, 27, 9, 0, 0, 0, ZoneOffset.ofHours(7)), "code");
        byte[] pdf = CertificatePdf.render(certificate, "https://trithuc.hanoi.gov.vn/learn/certificates/abc.def",
                Messages.of(Languages.VIETNAMESE, getClass().getClassLoader()));
        PdfReader reader = new PdfReader(pdf);
        assertThat(reader.getNumberOfPages()).isEqualTo(1);
        assertThat(reader.getPageSizeWithRotation(1).getWidth()).isGreaterThan(reader.getPageSizeWithRotation(1).getHeight());
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text).contains("Trần Thị Thu Hà").contains("Kỹ năng số cơ bản cho cán bộ, công chức")
                .contains("GIẤY CHỨNG NHẬN").contains("27/11/2026").contains("27/11/2028").contains("TT-ABCDEFGH23");
        reader.close();
    }
}
