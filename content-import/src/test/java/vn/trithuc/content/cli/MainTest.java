package vn.trithuc.content.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.trithuc.content.questions.formats.Qti;

class MainTest {

    @TempDir
    Path dir;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    Path fixture(String resource) throws Exception {
        Path file = dir.resolve(Path.of(resource).getFileName().toString());
        try (InputStream in = MainTest.class.getResourceAsStream(resource)) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    @Test
    void moodleXmlToGiftOnStandardOutput() throws Exception {
        assertThat(run("convert", fixture("/questions/moodle/xml/multichoice.xml").toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("{").contains("=");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("✔").contains("question(s) converted");
    }

    @Test
    void qtiItemToAQtiPackage() throws Exception {
        Path zip = dir.resolve("bank.zip");
        assertThat(run("convert", fixture("/questions/qti21/items/choice.xml").toString(), "--to", "qti", "-o", zip.toString())).isZero();
        assertThat(Qti.readPackage(Files.newInputStream(zip), "bank.zip").items()).hasSize(1);
    }

    @Test
    void aMediaWikiExportToMarkdownFiles() throws Exception {
        Path folder = dir.resolve("md");
        assertThat(run("convert", fixture("/mediawiki/vi-export-current-0.11.xml").toString(), "-o", folder.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("200 page(s), 200 revision(s), 1 redirect(s)");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.count()).isEqualTo(200);
        }
        String page = Files.readString(folder.resolve("benh-vien.md"));
        assertThat(page).startsWith("---\ntitle: \"Bệnh viện\"\nauthor: \"Admin\"\n").contains("\n## Lịch sử\n");
    }

    @Test
    void aDocumentToMarkdownWithItsImages() throws Exception {
        Path md = dir.resolve("sach.md");
        assertThat(run("convert", fixture("/documents/testEPUB.epub").toString(), "-o", md.toString())).isZero();
        assertThat(Files.readString(md)).startsWith("---\ntitle: \"An ePub for Tika\"\nauthor: \"Bart Hanssens\"\n")
                .contains("# Chapter 1", "![Cover](attachment:CoverDesign.jpg)");
        assertThat(dir.resolve("CoverDesign.jpg")).isRegularFile();

        assertThat(run("convert", fixture("/documents/testWORD.doc").toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("# Main Heading");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("✔ Sample Word Document");

        Path renamed = dir.resolve("report.docx");
        byte[] elf = new byte[4096];
        System.arraycopy(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0}, 0, elf, 0, 8);
        elf[16] = 2;
        Files.write(renamed, elf);
        assertThat(run("convert", renamed.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("✖ report.docx: this is a program");
    }

    @Test
    void unreadableFilesAndWrongUsageSaySo() throws Exception {
        byte[] whole = Files.readAllBytes(fixture("/mediawiki/vi-export-current-0.11.xml"));
        Path cut = dir.resolve("cut.xml");
        Files.write(cut, Arrays.copyOf(whole, whole.length / 3));
        assertThat(run("convert", cut.toString(), "-o", dir.resolve("x").toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("✖ cut.xml, line ");

        Path gift = dir.resolve("bad.gift");
        Files.writeString(gift, "::q1:: Câu hỏi {=a ~b");
        assertThat(run("convert", gift.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("bad.gift");

        assertThat(run("convert")).isEqualTo(2);
        assertThat(run("convert", dir.resolve("missing.gift").toString())).isEqualTo(2);
        assertThat(run("convert", gift.toString(), "--frobnicate")).isEqualTo(2);
    }
}
