package vn.trithuc.knowledge.export;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;

import vn.trithuc.content.mediawiki.MediaWikiDump;
import vn.trithuc.content.mediawiki.Wikitext;
import vn.trithuc.knowledge.article.Slug;
import vn.trithuc.testing.Deployments;
import vn.trithuc.testing.KeycloakExtension;
import vn.trithuc.testing.Tokens;

/** A space leaves as a MediaWiki export with its public history, and reads back. */
@ExtendWith(KeycloakExtension.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExportIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.knowledgeWeb();
    }

    /** What the export of a space holds: pages, and each page's revisions. */
    static final class Pages implements MediaWikiDump.Handler {
        final Map<String, List<MediaWikiDump.Revision>> revisions = new java.util.LinkedHashMap<>();
        final Map<String, String> redirects = new java.util.LinkedHashMap<>();

        @Override
        public boolean pageStart(MediaWikiDump.PageHeader page) {
            revisions.put(page.title(), new ArrayList<>());
            if (page.redirect() != null) {
                redirects.put(page.title(), page.redirect());
            }
            return true;
        }

        @Override
        public void revision(MediaWikiDump.PageHeader page, MediaWikiDump.Revision revision) {
            revisions.get(page.title()).add(revision);
        }
    }

    @Test
    void theMedicalSpaceLeavesWithItsPublicHistoryOnly() {
        String m = "zq" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
        String title = "Sởi " + m;
        String slug = Slug.fromTitle(title).value();
        long first = given().auth().oauth2(Tokens.of("bacsi")).contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("title", title, "markdown", "**Sởi** lây qua đường hô hấp.\n\n## Phòng bệnh\n\n- Tiêm vắc-xin\n", "summary", "Bài mới"))
                .when().put(base + "api/spaces/medical/articles/" + slug).then().statusCode(201).extract().jsonPath().getLong("article.revision");
        // a reader's edit waits for a doctor: it stays inside
        given().auth().oauth2(Tokens.of("hocsinh")).contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("title", title, "markdown", "Chưa duyệt " + m + "\n", "baseRevision", first))
                .when().put(base + "api/spaces/medical/articles/" + slug).then().statusCode(202);

        byte[] xml = given().when().get(base + "api/spaces/medical/export?format=mediawiki")
                .then().statusCode(200).contentType(org.hamcrest.Matchers.containsString("application/xml"))
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("trithuc-medical-mediawiki.xml"))
                .extract().asByteArray();
        Pages pages = new Pages();
        MediaWikiDump.read(new ByteArrayInputStream(xml), "medical.xml", pages);
        assertThat(pages.revisions).containsKey(title);
        List<MediaWikiDump.Revision> history = pages.revisions.get(title);
        assertThat(history).hasSize(1);
        assertThat(history.get(0).contributor().username()).isEqualTo("bacsi");
        assertThat(history.get(0).comment()).isEqualTo("Bài mới");
        assertThat(history.get(0).text()).contains("'''Sởi''' lây qua").contains("== Phòng bệnh ==").contains("* Tiêm vắc-xin");
        assertThat(new String(xml, java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("Chưa duyệt " + m);
        // and the wikitext converts back to the Markdown it came from
        assertThat(new Wikitext(null).convert(history.get(0).text()).markdown()).contains("**Sởi** lây qua").contains("## Phòng bệnh")
                .contains("- Tiêm vắc-xin");

        given().when().get(base + "api/spaces/nowhere/export").then().statusCode(404);
        given().when().get(base + "api/spaces/medical/export?format=docx").then().statusCode(400);
    }

    @Test
    void aMarkdownZipAndTheOpenDataDumpCarryTheLicenceAndOnlyWhatReadersSee() throws Exception {
        String m = "zq" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
        String title = "Cúm " + m;
        String slug = Slug.fromTitle(title).value();
        long first = given().auth().oauth2(Tokens.of("bacsi")).contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("title", title, "markdown", "Cúm mùa lây qua giọt bắn.\n\n[[Thể loại:Bệnh truyền nhiễm]]\n"))
                .when().put(base + "api/spaces/medical/articles/" + slug).then().statusCode(201).extract().jsonPath().getLong("article.revision");
        given().auth().oauth2(Tokens.of("hocsinh")).contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("title", title, "markdown", "Chưa duyệt " + m + "\n", "baseRevision", first))
                .when().put(base + "api/spaces/medical/articles/" + slug).then().statusCode(202);

        // the article as a PDF: what readers see (not the pending edit), its author and the licence
        byte[] pdf = given().when().get(base + "api/spaces/medical/articles/" + slug + "/pdf")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        String printed = new com.lowagie.text.pdf.parser.PdfTextExtractor(new com.lowagie.text.pdf.PdfReader(pdf)).getTextFromPage(1);
        assertThat(printed).contains(title).contains("Cúm mùa lây qua giọt bắn.").contains("bacsi").contains("CC BY-SA 4.0")
                .doesNotContain("Chưa duyệt");
        given().when().get(base + "api/spaces/medical/articles/khong-co-bai-nay-" + m + "/pdf").then().statusCode(404);

        byte[] zip = given().when().get(base + "api/spaces/medical/export?format=markdown")
                .then().statusCode(200).contentType("application/zip").extract().asByteArray();
        Map<String, String> entries = new java.util.HashMap<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(zip))) {
            for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.put(e.getName(), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        assertThat(entries.get("README.txt")).contains("CC BY-SA 4.0");
        assertThat(entries.get(slug + ".md")).startsWith("---\ntitle: \"" + title + "\"\n").contains("authors: [\"bacsi\"]")
                .contains("categories: [\"Bệnh truyền nhiễm\"]").contains("licence: CC BY-SA 4.0").contains("Cúm mùa lây qua giọt bắn.")
                .doesNotContain("Chưa duyệt");

        given().auth().oauth2(Tokens.of("bacsi")).when().post(base + "api/admin/open-data/medical").then().statusCode(403);
        given().auth().oauth2(Tokens.of("quantri")).when().post(base + "api/admin/open-data/medical")
                .then().statusCode(200).body("space", org.hamcrest.Matchers.equalTo("medical"))
                .body("articles", org.hamcrest.Matchers.greaterThan(0)).body("sha256", org.hamcrest.Matchers.notNullValue());
        byte[] dump = given().when().get(base + "open-data/medical.jsonl.gz").then().statusCode(200).extract().asByteArray();
        List<String> lines;
        try (java.util.zip.GZIPInputStream in = new java.util.zip.GZIPInputStream(new ByteArrayInputStream(dump))) {
            lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        }
        String line = lines.stream().filter(l -> l.contains("\"slug\":\"" + slug + "\"")).findFirst().orElseThrow();
        assertThat(line).contains("\"licence\":\"CC BY-SA 4.0\"").contains("\"authors\":[\"bacsi\"]").contains("/wiki/medical/" + slug);
        assertThat(String.join("\n", lines)).doesNotContain("Chưa duyệt " + m);
        given().accept(ContentType.HTML).when().get(base + "open-data").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("/open-data/medical.jsonl.gz")).body(org.hamcrest.Matchers.containsString("CC BY-SA 4.0"));
        given().when().get(base + "api/open-data").then().statusCode(200).body("find { it.space == 'medical' }.articles",
                org.hamcrest.Matchers.equalTo(lines.size()));
    }
}
