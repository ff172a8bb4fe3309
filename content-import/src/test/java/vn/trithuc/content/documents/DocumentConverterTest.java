package vn.trithuc.content.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

/**
 * Every document in {@code src/test/resources/documents} (Apache Tika's test files) converts to
 * Markdown that keeps its structure; bad files fail with their specific error.
 */
class DocumentConverterTest {

    private static final DocumentConverter CONVERTER = new DocumentConverter();

    @Test
    void wordDocxKeepsEmphasisListsTablesAndLinks() throws IOException {
        DocumentConverter.Document doc = convert("testWORD_various.docx");

        assertThat(doc.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(doc.author()).isEqualTo("Michael McCandless");
        assertThat(doc.language()).isEqualTo("en");
        assertThat(doc.markdown())
                .contains("**Bold** *italic*")
                .contains("* Bullet 1\n* Bullet 2\n* Bullet 3")
                .contains("1. Number bullet 1\n2. Number bullet 2")
                .contains("| Row 1 Col 1 | Row 1 Col 2 | Row 1 Col 3 |\n|---")
                .contains("[This is a hyperlink](http://tika.apache.org/)")
                .contains("ゾルゲと尾崎、淡々と最期")
                .doesNotContain("++");
    }

    @Test
    void wordDocKeepsHeadingsAndDropsPageFurniture() throws IOException {
        DocumentConverter.Document doc = convert("testWORD.doc");

        assertThat(doc.title()).isEqualTo("Sample Word Document");
        assertThat(doc.markdown()).contains("# Main Heading", "## Heading Level 2", "### Heading Level 3",
                "This document includes text that is **BOLD** and *ITALIC*.", "[Tika](http://tika.apache.org/)")
                .doesNotContain("This is the header for our document", "This is the footer for our document")
                .doesNotContain("](OnMainHeading)");
    }

    @Test
    void pdfLinesBecomeParagraphs() throws IOException {
        DocumentConverter.Document doc = convert("testPDF.pdf");

        assertThat(doc.title()).isEqualTo("Apache Tika - Apache Tika");
        assertThat(doc.author()).isEqualTo("Bertrand Delacrétaz");
        assertThat(doc.markdown())
                .contains("\n\nApache Tika is a toolkit for detecting and extracting metadata and structured text content"
                        + " from various documents using existing parser libraries.\n\n")
                .contains("\n\nLatest News\n\n");
    }

    @Test
    void epubChaptersHeadingsListsAndTheCoverImage() throws IOException {
        DocumentConverter.Document doc = convert("testEPUB.epub");

        assertThat(doc.title()).isEqualTo("An ePub for Tika");
        assertThat(doc.markdown()).contains("# Chapter 1", "## Subchapter 2.1", "* First item\n* Second item",
                "![Cover](attachment:CoverDesign.jpg)", "**subchapters**");
        assertThat(doc.attachments()).singleElement().satisfies(image -> {
            assertThat(image.name()).isEqualTo("CoverDesign.jpg");
            assertThat(image.mediaType()).isEqualTo("image/jpeg");
            assertThat(image.bytes()).hasSizeGreaterThan(10_000);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"testOpenOffice2.odt", "testPPT_various.pptx", "testRTF.rtf", "testHTML.html",
            "testPDFTwoTextBoxes.pdf"})
    void theOtherFormatsConvert(String file) throws IOException {
        DocumentConverter.Document doc = convert(file);

        String expected = switch (file) {
            case "testOpenOffice2.odt" -> "This is a sample Open Office document, written in NeoOffice 2.2.1 for the Mac.";
            case "testPPT_various.pptx" -> "| Row 1 Col 1 | Row 1 Col 2 | Row 1 Col 3 |";
            case "testRTF.rtf" -> "Test d’indexation Word";
            case "testHTML.html" -> "[Indexation](http://www.apache.org/) du fichier";
            default -> "Left column line 1";
        };
        assertThat(doc.markdown()).contains(expected);
        assertThat(doc.title()).isNotBlank();
        assertThat(DocumentConverter.SUPPORTED).containsKey(doc.mediaType());
    }

    @Test
    void aPasswordProtectedDocumentIsRefusedClearly() throws IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "mat-khau", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(pdf);
        }

        DocumentException e = catchThrowableOfType(DocumentException.class,
                () -> CONVERTER.convert(pdf.toByteArray(), "bi-mat.pdf"));
        assertThat(e.code()).isEqualTo("encrypted");
        assertThat(e.getMessage()).startsWith("bi-mat.pdf: ").contains("password");
    }

    @Test
    void aRenamedProgramIsRefused() {
        byte[] elf = new byte[4096];
        System.arraycopy(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0}, 0, elf, 0, 8);
        elf[16] = 2; // ET_EXEC

        DocumentException e = catchThrowableOfType(DocumentException.class, () -> CONVERTER.convert(elf, "bao-cao.docx"));
        assertThat(e.code()).isEqualTo("executable");
        assertThat(e.getMessage()).startsWith("bao-cao.docx: ").contains("program");
    }

    @Test
    void imagesAndArchivesAreNotDocuments() throws IOException {
        byte[] zip = zip("a.txt", "xin chào".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> CONVERTER.convert(zip, "tai-lieu.zip"))
                .isInstanceOfSatisfying(DocumentException.class, e -> assertThat(e.code()).isEqualTo("unsupported-type"))
                .hasMessageContaining("application/zip").hasMessageContaining("DOCX");
    }

    @Test
    void limitsOnSizePagesAndText() throws IOException {
        byte[] docx = read("testWORD_various.docx");

        assertThat(code(new DocumentConverter(limits(1000, 300, 2_000_000)), docx)).isEqualTo("too-large");
        assertThat(code(new DocumentConverter(limits(20 << 20, 1, 2_000_000)), docx)).isEqualTo("too-many-pages");
        assertThat(code(new DocumentConverter(limits(20 << 20, 300, 100)), docx)).isEqualTo("too-long");
        assertThat(code(CONVERTER, new byte[0])).isEqualTo("empty");
    }

    @Test
    void aTruncatedDocumentIsMalformed() throws IOException {
        byte[] docx = read("testWORD_various.docx");

        DocumentException e = catchThrowableOfType(DocumentException.class,
                () -> CONVERTER.convert(Arrays.copyOf(docx, docx.length / 2), "nua-chung.docx"));
        assertThat(e.code()).isIn("malformed", "unsupported-type");
        assertThat(e.getMessage()).startsWith("nua-chung.docx: ");
    }

    @Test
    void aZipBombIsStopped() throws IOException {
        // an OpenDocument text whose 40 MB of paragraphs compress to a few kilobytes
        StringBuilder content = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content "
                + "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>");
        String paragraph = "<text:p>" + "a".repeat(4000) + "</text:p>";
        for (int i = 0; i < 10_000; i++) {
            content.append(paragraph);
        }
        content.append("</office:text></office:body></office:document-content>");
        byte[] odt = odt(content.toString());
        assertThat(odt.length).isLessThan(1 << 20);

        assertThat(code(new DocumentConverter(limits(20 << 20, 300, 100_000_000)), odt)).isEqualTo("zip-bomb");
    }

    @Test
    void externalEntitiesAreNotRead() throws IOException {
        Path secret = Files.createTempFile("secret", ".txt");
        Files.writeString(secret, "KHOA-BI-MAT-42");
        String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE x [<!ENTITY s SYSTEM \"" + secret.toUri()
                + "\">]><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>"
                + "<text:p>Trước &s; sau</text:p></office:text></office:body></office:document-content>";
        byte[] odt = odt(content);

        try {
            assertThat(CONVERTER.convert(odt, "xxe.odt").markdown()).doesNotContain("KHOA-BI-MAT-42");
        } catch (DocumentException refused) {
            assertThat(refused.code()).isEqualTo("malformed");
            assertThat(refused.getMessage()).doesNotContain("KHOA-BI-MAT-42");
        }
    }

    @Test
    void aSlowParseIsAbandoned() throws IOException {
        DocumentConverter impatient = new DocumentConverter(new DocumentConverter.Limits(20 << 20, 300, 2_000_000,
                Duration.ofMillis(1), 50, 5 << 20));

        assertThat(code(impatient, read("testPDF.pdf"))).isEqualTo("timeout");
    }

    private static DocumentConverter.Limits limits(long bytes, int pages, int characters) {
        return new DocumentConverter.Limits(bytes, pages, characters, Duration.ofSeconds(60), 50, 5 << 20);
    }

    private static String code(DocumentConverter converter, byte[] content) {
        DocumentException e = catchThrowableOfType(DocumentException.class, () -> converter.convert(content, "x.docx"));
        return e.code();
    }

    private static DocumentConverter.Document convert(String file) throws IOException {
        return CONVERTER.convert(read(file), file);
    }

    private static byte[] read(String file) throws IOException {
        try (InputStream in = DocumentConverterTest.class.getResourceAsStream("/documents/" + file)) {
            assertThat(in).as(file).isNotNull();
            return in.readAllBytes();
        }
    }

    /** The ODT fixture with its content.xml replaced. */
    private static byte[] odt(String contentXml) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(read("testOpenOffice2.odt")));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = entry.getName().equals("content.xml") ? contentXml.getBytes(StandardCharsets.UTF_8)
                        : in.readAllBytes();
                ZipEntry copy = new ZipEntry(entry.getName());
                if (entry.getMethod() == ZipEntry.STORED) {
                    copy.setMethod(ZipEntry.STORED);
                    copy.setSize(bytes.length);
                    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                    crc.update(bytes);
                    copy.setCrc(crc.getValue());
                }
                zip.putNextEntry(copy);
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] zip(String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
