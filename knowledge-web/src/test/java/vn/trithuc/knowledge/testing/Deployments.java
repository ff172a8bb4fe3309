package vn.trithuc.knowledge.testing;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The test archives: the knowledge WAR exactly as the build packaged it. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive knowledgeWeb() {
        File war = new File("target/knowledge-web.war");
        if (!war.isFile()) {
            throw new IllegalStateException(war.getAbsolutePath() + " is missing: run the tests through Maven (package first)");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
