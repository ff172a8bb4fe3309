package vn.trithuc.content.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class FileCheckTest {

    private final FileCheck check = new FileCheck();

    @Test
    void realDocumentsAreAcceptedWithTheirTypeFromTheBytes() throws IOException {
        assertThat(check.check(bytes("testPDF.pdf"), "bao-cao.pdf").mediaType()).isEqualTo("application/pdf");
        FileCheck.Result docx = check.check(bytes("testWORD_various.docx"), "huong-dan.docx");
        assertThat(docx.accepted()).as(docx.detail()).isTrue();
        assertThat(check.check(bytes("testOpenOffice2.odt"), "ghi-chep.odt").accepted()).isTrue();
    }

    @Test
    void plainTextNamedAsCsvIsCsvAndTextNamedAsAPdfIsAMismatch() {
        byte[] table = "Họ và tên,Số hồ sơ\nNguyễn Văn An,HS-001\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(check.check(table, "danh-sach.csv").mediaType()).isEqualTo("text/csv");
        assertThat(check.check(table, "danh-sach.txt").mediaType()).isEqualTo("text/plain");
        assertThat(check.check(table, "danh-sach.pdf").refusal()).isEqualTo("type-mismatch");
    }

    @Test
    void aPdfNamedLikeAnImageIsAMismatch() throws IOException {
        FileCheck.Result result = check.check(bytes("testPDF.pdf"), "anh.png");
        assertThat(result.refusal()).isEqualTo("type-mismatch");
    }

    @Test
    void executablesAreRefusedWhateverTheirName() {
        byte[] windowsProgram = new byte[256];
        windowsProgram[0] = 'M';
        windowsProgram[1] = 'Z';
        assertThat(check.check(windowsProgram, "anh-dep.jpg").refusal()).isEqualTo("executable");
        byte[] elf = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        assertThat(check.check(elf, "tai-lieu.pdf").refusal()).isIn("executable", "type-not-allowed");
        assertThat(check.check("#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.UTF_8), "ghi-chu.txt").refusal())
                .isIn("executable", "type-mismatch");
    }

    @Test
    void webPagesAreRefusedBecauseTheyCouldRunScript() throws IOException {
        assertThat(check.check(bytes("testHTML.html"), "trang.txt").refusal()).isIn("executable", "type-mismatch");
        assertThat(check.check("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8), "logo.svg").refusal()).isEqualTo("executable");
    }

    @Test
    void plainTextIsFine() {
        assertThat(check.check("Lúa xuân gieo tháng Hai.".getBytes(StandardCharsets.UTF_8), "lich-thoi-vu.txt").accepted())
                .isTrue();
    }

    private static byte[] bytes(String name) throws IOException {
        try (InputStream in = FileCheckTest.class.getResourceAsStream("/documents/" + name)) {
            return in.readAllBytes();
        }
    }
}
