package vn.trithuc.launcher;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The single-node OpenSearch of the {@code opensearch-node} module in its own JVM, for tests of
 * the OpenSearch search backend: started on a free-standing port with its own data folder, and
 * stopped with its process tree.
 */
public final class OpenSearchProcess {

    public static final int HTTP_PORT = 9201;

    private final Path home;
    private ManagedProcess process;

    public OpenSearchProcess(Path home) {
        this.home = home;
    }

    /** Starts the node and waits until the cluster is at least yellow. */
    public void start() {
        Path node = Path.of(required("trithuc.opensearch.dir"));
        Path lib = node.resolve("lib");
        if (!Files.isDirectory(lib)) {
            throw new LaunchException("OpenSearch's class path is not at " + lib + ". Build first: ./mvnw -DskipTests package");
        }
        Launcher.requireFreePort(HTTP_PORT, "the test OpenSearch's HTTP port");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = node.resolve("classes") + File.pathSeparator + lib + File.separator + "*";
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xms256m", "-Xmx512m", "-XX:+UseSerialGC",
                "-Dlog4j2.disable.jmx=true", "-cp", classPath, "vn.trithuc.opensearch.OpenSearchNode",
                home.toAbsolutePath().toString(), String.valueOf(HTTP_PORT)));
        process = ManagedProcess.start("OpenSearch", builder, home.resolve("opensearch.log"));
        process.awaitHttp(url() + "/_cluster/health?wait_for_status=yellow&timeout=5s",
                r -> r.statusCode() == 200, Duration.ofMinutes(3));
    }

    public String hosts() {
        return "localhost:" + HTTP_PORT;
    }

    public String url() {
        return "http://" + hosts();
    }

    public void stop() {
        if (process != null) {
            process.stop(Duration.ofSeconds(20));
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException("System property " + property + " is not set; run the tests through Maven.");
        }
        return value;
    }
}
