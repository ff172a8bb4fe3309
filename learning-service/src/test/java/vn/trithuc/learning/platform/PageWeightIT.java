package vn.trithuc.learning.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.trithuc.testing.Deployments;
import vn.trithuc.testing.KeycloakExtension;
import vn.trithuc.testing.PageWeight;

/** The slow-network budget for the learning pages anyone can open: CSS + JS under 100 KB uncompressed. */
@ExtendWith(KeycloakExtension.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PageWeightIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.learningService();
    }

    @ParameterizedTest
    @ValueSource(strings = {"courses", "courses?audience=citizen"})
    void publicLearningPagesStayWithinTheBudget(String page) throws Exception {
        PageWeight.Weight weight = PageWeight.of(base + page);
        assertThat(weight.assets()).isNotEmpty();
        assertThat(weight.assetBytes()).as("CSS + JS of /learn/" + page + ": " + weight.assets()).isLessThan(PageWeight.BUDGET_BYTES);
    }
}
