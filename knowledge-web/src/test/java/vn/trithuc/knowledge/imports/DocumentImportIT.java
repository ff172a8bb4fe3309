package vn.trithuc.knowledge.imports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import vn.trithuc.knowledge.article.Slug;
import vn.trithuc.testing.Deployments;
import vn.trithuc.testing.KeycloakExtension;
import vn.trithuc.testing.Tokens;

/**
 * Documents become articles through the server's document module (Tika in a JBoss module): every
 * test document imports, images become attachments the article shows, bad files are refused with
 * their reason and leave nothing behind, and a medical import waits for a doctor.
 */
@ExtendWith(KeycloakExtension.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DocumentImportIT {

    /** Apache Tika's test documents, kept with content-import's tests (licence in SOURCE.txt there). */
    private static final Path DOCUMENTS = Path.of("../content-import/src/test/resources/documents");

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.knowledgeWeb();
    }

    @Test
    void everyTestDocumentImportsAsAnArticle() throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(DOCUMENTS)) {
            files = listed.filter(f -> !f.getFileName().toString().equals("SOURCE.txt")).sorted().toList();
        }
        assertThat(files).hasSize(9);
        for (Path file : files) {
            String title = "Tài liệu " + file.getFileName() + " " + System.nanoTime();
            JsonPath imported = importFile("general", file, title, "bientap").then().statusCode(201)
                    .body("slug", equalTo(Slug.fromTitle(title).value()))
                    .body("status", equalTo("published"))
                    .extract().jsonPath();
            assertThat(imported.getInt("characters")).as(file.toString()).isPositive();
            given().accept(ContentType.JSON).when().get(base + "api/spaces/general/articles/" + imported.getString("slug"))
                    .then().statusCode(200).body("title", equalTo(title));
        }
    }

    @Test
    void headingsListsTablesAndImagesSurviveIntoTheArticlePage() {
        String title = "Sách điện tử thử " + System.nanoTime();
        JsonPath imported = importFile("general", DOCUMENTS.resolve("testEPUB.epub"), title, "bientap")
                .then().statusCode(201)
                .body("format", equalTo("EPUB")).body("author", equalTo("Bart Hanssens")).body("language", equalTo("en"))
                .body("attachments", hasItem("CoverDesign.jpg"))
                .extract().jsonPath();
        String slug = imported.getString("slug");

        String html = given().accept(ContentType.HTML).when().get(base + "wiki/general/" + slug)
                .then().statusCode(200).extract().asString();
        assertThat(html).contains("<h1", "Chapter 1</h1>", "<li>First item</li>", "<table>",
                "src=\"/wiki/general/" + slug + "/attachments/CoverDesign.jpg\"");
        given().redirects().follow(true).when().get(base + "wiki/general/" + slug + "/attachments/CoverDesign.jpg")
                .then().statusCode(200).contentType("image/jpeg");

        String docx = given().accept(ContentType.JSON).when().get(base + "api/spaces/general/articles/"
                        + importFile("general", DOCUMENTS.resolve("testWORD_various.docx"), "Word thử " + System.nanoTime(), "bientap")
                        .then().statusCode(201).extract().path("slug"))
                .then().statusCode(200).extract().path("markdown");
        assertThat(docx).contains("* Bullet 1\n* Bullet 2", "1. Number bullet 1", "| Row 1 Col 1 |", "**Bold**",
                "[This is a hyperlink](http://tika.apache.org/)");
    }

    @Test
    void badFilesAreRefusedWithTheirReasonAndLeaveNothingBehind() throws IOException {
        String title = "Tệp xấu " + System.nanoTime();
        Path program = Files.createTempFile("bao-cao", ".docx");
        byte[] elf = new byte[4096];
        System.arraycopy(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0}, 0, elf, 0, 8);
        elf[16] = 2;
        Files.write(program, elf);
        importFile("general", program, title, "bientap").then().statusCode(415)
                .contentType(containsString("application/problem+json"))
                .body("type", equalTo("https://trithuc.vn/problems/document-executable"))
                .body("reason", equalTo("executable"))
                .body("detail", startsWith(program.getFileName() + ": this is a program"));

        Path truncated = Files.createTempFile("nua", ".docx");
        byte[] docx = Files.readAllBytes(DOCUMENTS.resolve("testWORD_various.docx"));
        Files.write(truncated, java.util.Arrays.copyOf(docx, docx.length / 2));
        importFile("general", truncated, title, "bientap").then().statusCode(org.hamcrest.Matchers.oneOf(415, 422))
                .body("file", equalTo(truncated.getFileName().toString()));

        given().accept(ContentType.JSON).when().get(base + "api/spaces/general/articles/" + Slug.fromTitle(title).value())
                .then().statusCode(404);
        // the same title twice: the second is refused, the first stays as it was
        String twice = "Hai lần " + System.nanoTime();
        importFile("general", DOCUMENTS.resolve("testHTML.html"), twice, "bientap").then().statusCode(201);
        importFile("general", DOCUMENTS.resolve("testRTF.rtf"), twice, "bientap").then().statusCode(409)
                .body("type", equalTo("https://trithuc.vn/problems/article-exists"));
        // anonymous callers cannot import
        given().multiPart("file", DOCUMENTS.resolve("testHTML.html").toFile()).when()
                .post(base + "api/spaces/general/imports/documents").then().statusCode(org.hamcrest.Matchers.oneOf(401, 403));
    }

    @Test
    void aMedicalImportWaitsForADoctorAndThePageReportsEachFile() throws IOException {
        String title = "Hướng dẫn nhập khẩu " + System.nanoTime();
        importFile("medical", DOCUMENTS.resolve("testWORD.doc"), title, "hocsinh").then().statusCode(201)
                .body("status", equalTo("pending"));
        given().accept(ContentType.JSON).when().get(base + "api/spaces/medical/articles/" + Slug.fromTitle(title).value())
                .then().statusCode(404);

        // the page: two files in one form, one good and one refused, each with its line
        Path zip = Files.createTempFile("luu-tru", ".zip");
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("a.txt"));
            out.write("xin chào".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.closeEntry();
        }
        Path odt = Files.createTempFile("van-ban-", ".odt");
        Files.copy(DOCUMENTS.resolve("testOpenOffice2.odt"), odt, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String report = given().auth().oauth2(Tokens.of("bientap")).accept(ContentType.HTML)
                .multiPart("file", odt.toFile())
                .multiPart("file", zip.toFile(), "application/zip")
                .when().post(base + "wiki/general/import").then().statusCode(200).extract().asString();
        assertThat(report).contains("Đã nhập 1 trên 2 tệp", odt.getFileName().toString(), zip.getFileName().toString(),
                "Định dạng này chưa nhập được");
    }

    private io.restassured.response.Response importFile(String space, Path file, String title, String user) {
        return given().auth().oauth2(Tokens.of(user)).accept(ContentType.JSON)
                .multiPart("file", file.toFile())
                .multiPart(new io.restassured.builder.MultiPartSpecBuilder(title).controlName("title")
                        .mimeType("text/plain").charset(java.nio.charset.StandardCharsets.UTF_8).build())
                .when().post(base + "api/spaces/" + space + "/imports/documents");
    }
}
