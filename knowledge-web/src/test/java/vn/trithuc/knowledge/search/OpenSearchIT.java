package vn.trithuc.knowledge.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import java.net.MalformedURLException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;

import vn.trithuc.knowledge.testing.Articles;
import vn.trithuc.launcher.OpenSearchProcess;
import vn.trithuc.launcher.SecondServer;
import vn.trithuc.testing.KeycloakExtension;
import vn.trithuc.testing.Tokens;

/**
 * The search contract on the scaled-out backend, switched by configuration alone: a one-node
 * OpenSearch 2.19 and a second WildFly running the same WAR with
 * {@code TRITHUC_SEARCH_BACKEND=elasticsearch} and {@code TRITHUC_SEARCH_HOSTS} — the index,
 * analysis and queries now live in OpenSearch, and every case of {@link SearchContract} holds.
 */
@ExtendWith(KeycloakExtension.class)
class OpenSearchIT extends SearchContract {

    private static OpenSearchProcess openSearch;
    private static SecondServer server;

    @BeforeAll
    static void start() {
        Path data = Path.of(System.getProperty("trithuc.it.data.dir")).resolve("opensearch-" + System.nanoTime());
        openSearch = new OpenSearchProcess(data.resolve("opensearch"));
        openSearch.start();
        server = new SecondServer(data, List.of(Path.of("target", "knowledge-web.war")))
                .withEnvironment("TRITHUC_SEARCH_BACKEND", "elasticsearch")
                .withEnvironment("TRITHUC_SEARCH_HOSTS", openSearch.hosts());
        server.start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
        if (openSearch != null) {
            openSearch.stop();
        }
    }

    @BeforeEach
    void atTheSecondServer() throws MalformedURLException {
        base = URI.create(server.url("/")).toURL();
    }

    @Test
    void theIndexLivesInOpenSearch() {
        Articles.anArticle().titled("Đà Nẵng " + System.nanoTime()).withText("Thành phố biển.\n").create(base);
        // the article index is an OpenSearch index, with the Vietnamese analysis defined there
        given().when().get(openSearch.url() + "/article-read/_mapping").then().statusCode(200)
                .body("values()[0].mappings.properties.body_pairs.analyzer", equalTo("vi_shingles"));
        given().contentType(ContentType.JSON).body("{\"analyzer\":\"vi_folded\",\"text\":\"Đà Nẵng\"}")
                .when().post(openSearch.url() + "/article-read/_analyze").then().statusCode(200)
                .body("tokens.token", equalTo(List.of("da", "nang")));
        given().contentType(ContentType.JSON).body("{\"analyzer\":\"vi_exact\",\"text\":\"Hoá THUỶ quý\"}")
                .when().post(openSearch.url() + "/article-read/_analyze").then().statusCode(200)
                .body("tokens.token", equalTo(List.of("hóa", "thủy", "quý")));
        given().auth().oauth2(Tokens.of("quantri")).accept(ContentType.JSON).when().get(base + "api/admin/search")
                .then().statusCode(200).body("documents", greaterThan(0)).body("sizeBytes", greaterThan(0));
    }
}
