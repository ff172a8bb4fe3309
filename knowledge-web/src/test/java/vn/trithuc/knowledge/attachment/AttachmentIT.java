package vn.trithuc.knowledge.attachment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;

import vn.trithuc.knowledge.testing.Articles;
import vn.trithuc.testing.Deployments;
import vn.trithuc.testing.KeycloakExtension;
import vn.trithuc.testing.Tokens;

/** Attachments are typed by their content and refused when executable, mismatched or too large. */
@ExtendWith(KeycloakExtension.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AttachmentIT {

    @ArquillianResource
    URL base;

    private String attachments;
    private String slug;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.knowledgeWeb();
    }

    @BeforeEach
    void article() {
        slug = Articles.anArticle().titled("Tài liệu").withText("Xem tệp đính kèm.\n").create(base).slug();
        attachments = base + "api/spaces/general/articles/" + slug + "/attachments";
    }

    @Test
    void theAttachmentsPageUploadsWithoutJavaScriptAndShowsTheMarkdownToEmbed() throws IOException {
        String page = base + "wiki/general/" + slug + "/attachments";
        given().accept(ContentType.HTML).when().get(page).then().statusCode(200)
                .body(containsString("Tài liệu")).body(not(containsString("multipart/form-data")));
        String location = given().auth().oauth2(Tokens.of("hocsinh")).redirects().follow(false)
                .multiPart("file", "so-tay.pdf", pdf(), "application/pdf")
                .when().post(page)
                .then().statusCode(303).extract().header("Location");
        assertThat(location).contains("/wiki/general/" + slug + "/attachments?uploaded=");
        given().accept(ContentType.HTML).when().get(location).then().statusCode(200)
                .body(containsString("so-tay.pdf"))
                .body(containsString("[so-tay.pdf](/attachments/"));
        given().auth().oauth2(Tokens.of("hocsinh")).multiPart("file", "", new byte[0], "application/octet-stream")
                .accept(ContentType.HTML).when().post(page).then().statusCode(400);
    }

    @Test
    void aPdfIsStoredAndServedWithTheTypeFoundInItsBytes() throws IOException {
        String url = given().auth().oauth2(Tokens.of("hocsinh")).accept(ContentType.JSON)
                .multiPart("file", "huong-dan.pdf", pdf(), "application/octet-stream")
                .when().post(attachments)
                .then().statusCode(201)
                .body("mediaType", equalTo("application/pdf"))
                .body("size", equalTo(pdf().length))
                .extract().jsonPath().getString("url");

        given().when().get(base.toString().replaceAll("/$", "") + url)
                .then().statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", equalTo("inline; filename*=UTF-8''huong-dan.pdf"));
        given().accept(ContentType.JSON).when().get(attachments).then().statusCode(200).body("filename", hasItem("huong-dan.pdf"));
    }

    @Test
    void executablesMismatchesAndOversizedFilesAreRefused() throws IOException {
        byte[] program = new byte[512];
        program[0] = 'M';
        program[1] = 'Z';
        given().auth().oauth2(Tokens.of("hocsinh")).accept(ContentType.JSON)
                .multiPart("file", "anh.png", program, "image/png").when().post(attachments)
                .then().statusCode(415).body("type", equalTo("https://trithuc.vn/problems/executable"));
        given().auth().oauth2(Tokens.of("hocsinh")).accept(ContentType.JSON)
                .multiPart("file", "anh.png", pdf(), "image/png").when().post(attachments)
                .then().statusCode(415).body("type", equalTo("https://trithuc.vn/problems/type-mismatch"))
                .body("detectedType", equalTo("application/pdf"));
        given().auth().oauth2(Tokens.of("hocsinh")).accept(ContentType.JSON)
                .multiPart("file", "lon.txt", new byte[AttachmentService.MAX_BYTES + 1], "text/plain").when().post(attachments)
                .then().statusCode(413);
        given().accept(ContentType.JSON).multiPart("file", "x.pdf", pdf(), "application/pdf").when().post(attachments)
                .then().statusCode(401);
    }

    private static byte[] pdf() throws IOException {
        try (InputStream in = AttachmentIT.class.getResourceAsStream("/documents/testPDF.pdf")) {
            return in.readAllBytes();
        }
    }
}
