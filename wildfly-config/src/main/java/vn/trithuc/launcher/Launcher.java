package vn.trithuc.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The run command: Keycloak (unless an external one is configured) and WildFly with both WARs,
 * H2 under {@code data/} by default, demo content on the first start. Ctrl-C stops both.
 * Every failure it can foresee ends with one clear message and exit code 1.
 */
public final class Launcher {

    static final int HTTP_PORT = 8080;
    static final int MANAGEMENT_PORT = 9990;
    static final int KEYCLOAK_PORT = 8180;

    private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    private final Path root;
    private final Path dataDir;
    private final Properties versions;
    private final Map<String, String> env;
    private KeycloakServer keycloak;
    private WildFlyServer wildfly;
    private final AtomicBoolean stopping = new AtomicBoolean();

    Launcher(Path root, Map<String, String> env) {
        this.root = root;
        this.env = env;
        this.dataDir = Path.of(env.getOrDefault("TRITHUC_DATA_DIR", root.resolve("data").toString())).toAbsolutePath();
        this.versions = versions();
    }

    public static void main(String[] args) {
        Path root = Path.of(System.getProperty("trithuc.home", ".")).toAbsolutePath().normalize();
        Launcher launcher = new Launcher(root, System.getenv());
        Runtime.getRuntime().addShutdownHook(new Thread(launcher::stop, "trithuc-stop"));
        try {
            launcher.run();
        } catch (LaunchException e) {
            OUT.println();
            OUT.println("✖ " + e.getMessage());
            launcher.stop();
            System.exit(1);
        }
    }

    void run() {
        Instant started = Instant.now();
        Map<String, String> serverEnv = serverEnvironment();
        boolean externalKeycloak = env.containsKey("TRITHUC_OIDC_PROVIDER_URL");
        requireFreePort(HTTP_PORT, "WildFly HTTP");
        requireFreePort(MANAGEMENT_PORT, "WildFly management");
        if (!externalKeycloak) {
            requireFreePort(KEYCLOAK_PORT, "Keycloak");
        }
        checkDatabase(serverEnv);

        if (externalKeycloak) {
            checkExternalKeycloak(env.get("TRITHUC_OIDC_PROVIDER_URL"));
        } else {
            keycloak = new KeycloakServer(root.resolve("wildfly-config/target/keycloak-" + versions.getProperty("keycloak.version")),
                    dataDir.resolve("keycloak"), root.resolve("wildfly-config/src/main/keycloak/trithuc-realm-dev.json"),
                    KEYCLOAK_PORT);
            OUT.println("▶ Starting Keycloak " + versions.getProperty("keycloak.version") + " on http://localhost:" + KEYCLOAK_PORT
                    + " (log: " + dataDir.resolve("keycloak/keycloak.log") + ")");
            keycloak.startAndAwait(Duration.ofMinutes(5));
            OUT.println("✔ Keycloak is ready (" + seconds(started) + " s)");
        }

        wildfly = new WildFlyServer(root.resolve("wildfly-config/target/server"), dataDir.resolve("wildfly"));
        OUT.println("▶ Starting WildFly " + versions.getProperty("wildfly.version") + " on http://localhost:" + HTTP_PORT
                + " (log: " + dataDir.resolve("wildfly/log/server.log") + ")");
        wildfly.start(List.of(root.resolve("knowledge-web/target/knowledge-web.war"),
                root.resolve("learning-service/target/learning-service.war")), serverEnv);
        wildfly.awaitReady(MANAGEMENT_PORT, Duration.ofMinutes(5));
        OUT.println("✔ Tri Thức is ready (" + seconds(started) + " s)");
        banner(externalKeycloak);
        awaitExit();
    }

    /** Everything WildFly's configuration reads, with the launcher's defaults filled in. */
    Map<String, String> serverEnvironment() {
        Map<String, String> serverEnv = new LinkedHashMap<>();
        serverEnv.put("TRITHUC_DATA_DIR", dataDir.toString());
        serverEnv.put("TRITHUC_DEMO_CONTENT", env.getOrDefault("TRITHUC_DEMO_CONTENT", "true"));
        String url = env.get("TRITHUC_DB_URL");
        if (url != null && !env.containsKey("TRITHUC_DB_DRIVER")) {
            serverEnv.put("TRITHUC_DB_DRIVER", Database.driverFor(url));
        }
        return serverEnv;
    }

    private void checkDatabase(Map<String, String> serverEnv) {
        String url = env.get("TRITHUC_DB_URL");
        if (url == null) {
            return;
        }
        Database.driverFor(url);
        Database.PostgresAddress address = Database.postgresAddress(url);
        if (address != null) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(address.host(), address.port()), 3000);
            } catch (IOException e) {
                throw new LaunchException("Cannot reach PostgreSQL at " + address.host() + ":" + address.port()
                        + " (from TRITHUC_DB_URL=" + url + "): " + e.getMessage()
                        + ".\nStart PostgreSQL or fix TRITHUC_DB_URL; unset it to use the embedded H2 database.");
            }
        }
    }

    private static void checkExternalKeycloak(String realmUrl) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(
                    URI.create(realmUrl + "/.well-known/openid-configuration")).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 200) {
                throw new LaunchException("Keycloak at " + realmUrl + " answered " + response.statusCode()
                        + " for its OpenID configuration. Check TRITHUC_OIDC_PROVIDER_URL (it names the realm).");
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new LaunchException("Keycloak is unreachable at " + realmUrl + " (TRITHUC_OIDC_PROVIDER_URL): "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("Interrupted");
        }
    }

    static void requireFreePort(int port, String what) {
        try (ServerSocket socket = new ServerSocket()) {
            // like the servers themselves: connections of a just-stopped server in TIME_WAIT do not count
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress("127.0.0.1", port));
        } catch (IOException e) {
            throw new LaunchException("Port " + port + " (" + what + ") is already in use. Another Tri Thức, WildFly or "
                    + "Keycloak may be running: stop it (e.g. `ss -ltnp 'sport = :" + port + "'` shows which process) "
                    + "and run again.");
        }
    }

    private void awaitExit() {
        CompletableFuture<?> anyStopped = CompletableFuture.anyOf(
                wildfly.process().process().onExit(),
                keycloak == null ? new CompletableFuture<>() : keycloak.process().process().onExit());
        anyStopped.join();
        // Ctrl-C reaches the servers too (same process group); give the shutdown hook a moment to say so.
        ManagedProcess.pause(Duration.ofSeconds(1));
        if (!stopping.get()) {
            OUT.println("✖ " + (wildfly.process().isAlive() ? "Keycloak" : "WildFly") + " stopped unexpectedly; see "
                    + (wildfly.process().isAlive() ? keycloak.process().log() : wildfly.process().log()));
            stop();
            System.exit(1);
        }
    }

    /** Stops WildFly, then Keycloak. Safe to call twice (Ctrl-C runs it from the shutdown hook). */
    void stop() {
        if (!stopping.compareAndSet(false, true)) {
            return;
        }
        if (wildfly != null) {
            OUT.println("■ Stopping WildFly…");
            wildfly.stop();
        }
        if (keycloak != null) {
            OUT.println("■ Stopping Keycloak…");
            keycloak.stop();
        }
        if (wildfly != null || keycloak != null) {
            OUT.println("■ Stopped. Data is kept in " + dataDir);
        }
    }

    private void banner(boolean externalKeycloak) {
        OUT.println();
        OUT.println("  Tri Thức      http://localhost:" + HTTP_PORT + "/");
        OUT.println("  Courses       http://localhost:" + HTTP_PORT + "/learn/courses");
        OUT.println("  API           http://localhost:" + HTTP_PORT + "/api/spaces   (OpenAPI: /openapi)");
        OUT.println("  Health        http://localhost:" + MANAGEMENT_PORT + "/health/ready   metrics: /metrics");
        if (!externalKeycloak) {
            OUT.println("  Keycloak      http://localhost:" + KEYCLOAK_PORT + "/admin   (admin / admin)");
            OUT.println();
            OUT.println("  Demo users (password = user name):");
            for (String[] user : DemoUsers.ALL) {
                OUT.printf("    %-10s %s%n", user[0], user[1]);
            }
        }
        OUT.println();
        OUT.println("  Data: " + dataDir + "    Press Ctrl-C to stop.");
    }

    private static long seconds(Instant since) {
        return Duration.between(since, Instant.now()).toSeconds();
    }

    private static Properties versions() {
        Properties properties = new Properties();
        try (InputStream in = Launcher.class.getResourceAsStream("launcher.properties")) {
            properties.load(in);
        } catch (IOException | NullPointerException e) {
            throw new LaunchException("The launcher jar is incomplete (launcher.properties missing); rebuild it.");
        }
        return properties;
    }
}
