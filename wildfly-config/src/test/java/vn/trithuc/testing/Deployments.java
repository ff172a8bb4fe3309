package vn.trithuc.testing;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The test archives: each WAR exactly as the build packaged it, under the name the server's
 * OpenID Connect configuration secures ({@code knowledge-web.war}, {@code learning-service.war}).
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive knowledgeWeb() {
        return built("knowledge-web");
    }

    public static WebArchive learningService() {
        return built("learning-service");
    }

    /** A WAR from its module's {@code target/} (tests run with the module as working directory). */
    private static WebArchive built(String module) {
        File war = new File("target/" + module + ".war");
        if (!war.isFile()) {
            war = new File("../" + module + "/target/" + module + ".war");
        }
        if (!war.isFile()) {
            throw new IllegalStateException(module + ".war is missing: run the tests through Maven (it packages first)");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
