package vn.trithuc.web.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

class QrCodesTest {

    private static final Pattern SIZE = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");
    private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-\\d+z");

    @Test
    void theSvgDecodesBackToTheText() throws Exception {
        String url = "https://trithuc.hanoi.gov.vn/tourism/go/van-mieu-quoc-tu-giam?src=qr";
        assertThat(decode(QrCodes.svg(url))).isEqualTo(url);
    }

    @Test
    void vietnameseTextSurvivesAsUtf8() throws Exception {
        assertThat(decode(QrCodes.svg("Văn Miếu – Quốc Tử Giám"))).isEqualTo("Văn Miếu – Quốc Tử Giám");
    }

    @Test
    void emptyOrHugeTextIsRefused() {
        assertThatThrownBy(() -> QrCodes.svg("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QrCodes.svg("x".repeat(QrCodes.MAX_LENGTH + 1))).isInstanceOf(IllegalArgumentException.class);
    }

    /** Draws the SVG's runs of dark modules, scaled up, and reads them with ZXing's decoder. */
    private static String decode(String svg) throws Exception {
        Matcher size = SIZE.matcher(svg);
        assertThat(size.find()).isTrue();
        int scale = 4;
        int width = Integer.parseInt(size.group(1)) * scale;
        int height = Integer.parseInt(size.group(2)) * scale;
        int[] pixels = new int[width * height];
        java.util.Arrays.fill(pixels, 0xFFFFFFFF);
        Matcher run = RUN.matcher(svg);
        while (run.find()) {
            int x0 = Integer.parseInt(run.group(1));
            int y0 = Integer.parseInt(run.group(2));
            int length = Integer.parseInt(run.group(3));
            for (int y = y0 * scale; y < (y0 + 1) * scale; y++) {
                for (int x = x0 * scale; x < (x0 + length) * scale; x++) {
                    pixels[y * width + x] = 0xFF000000;
                }
            }
        }
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
        return new QRCodeReader().decode(bitmap).getText();
    }
}
