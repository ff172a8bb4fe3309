package vn.trithuc.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A second WildFly for tests that must stop a server the hard way (kill and restart): the
 * provisioned server with its own base directory and data folder, on ports shifted by
 * {@link #OFFSET} so that it runs beside the Arquillian one, sharing the test Keycloak. The
 * database settings of the environment (the PostgreSQL run in CI) pass through; otherwise it has
 * its own H2 database.
 */
public final class SecondServer {

    public static final int OFFSET = 200;
    public static final int HTTP_PORT = 8080 + OFFSET;
    private static final int MANAGEMENT_PORT = 9990 + OFFSET;

    private final WildFlyServer server;
    private final List<Path> deployments;
    private final Map<String, String> environment = new LinkedHashMap<>();

    public SecondServer(Path dataDir, List<Path> deployments) {
        this.server = new WildFlyServer(Path.of(required("trithuc.server.dir")), dataDir.resolve("wildfly"));
        this.deployments = deployments;
        environment.put("TRITHUC_DATA_DIR", dataDir.toAbsolutePath().toString());
        environment.put("TRITHUC_DEMO_CONTENT", "false");
        System.getenv().forEach((name, value) -> {
            if (name.startsWith("TRITHUC_DB_")) {
                environment.put(name, value);
            }
        });
        environment.put("JBOSS_JAVA_SIZING", "-Xms128m -Xmx768m -XX:MetaspaceSize=128M -XX:MaxMetaspaceSize=512m");
    }

    /** Sets an environment variable of the server (e.g. {@code TRITHUC_THEME_DIR}); call before {@link #start}. */
    public SecondServer withEnvironment(String name, String value) {
        environment.put(name, value);
        return this;
    }

    /** Starts and waits until {@code /health/ready} says UP. */
    public void start() {
        Launcher.requireFreePort(HTTP_PORT, "the second WildFly's HTTP port");
        server.start(deployments, environment, List.of("-Djboss.socket.binding.port-offset=" + OFFSET));
        server.awaitReady(MANAGEMENT_PORT, Duration.ofMinutes(5));
    }

    /** SIGKILL to the server and its children: no graceful shutdown, no flush. */
    public void kill() {
        server.kill();
    }

    public void stop() {
        server.stop();
    }

    public String url(String context) {
        return "http://localhost:" + HTTP_PORT + context;
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException("System property " + property + " is not set; run the tests through Maven.");
        }
        return value;
    }
}
