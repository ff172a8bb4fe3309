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
}
