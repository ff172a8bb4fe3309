package vn.trithuc.knowledge.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.trithuc.testing.Deployments;
import vn.trithuc.testing.KeycloakExtension;
import vn.trithuc.testing.PageWeight;

/** The slow-network budget: the CSS and JavaScript each reading page needs stay under 100 KB uncompressed. */
@ExtendWith(KeycloakExtension.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PageWeightIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.knowledgeWeb();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "wiki/general/{article}", "search?q=ha+noi", "wiki/general", "open-data", "wiki/general/{article}/history",
            "wiki/general/{article}/edit"})
    void readingPagesStayWithinTheBudget(String page) throws Exception {
        String article = vn.trithuc.knowledge.testing.Articles.anArticle().titled("Trọng lượng trang " + System.nanoTime())
                .withText("## Mục\n\nMột bài để đo.\n").create(base).slug();
        PageWeight.Weight weight = PageWeight.of(base + page.replace("{article}", article));
        assertThat(weight.assets()).as("a page loads its stylesheet").isNotEmpty();
        assertThat(weight.assetBytes()).as("CSS + JS of /" + page + ": " + weight.assets()).isLessThan(PageWeight.BUDGET_BYTES);
    }
}
