package vn.trithuc.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Keycloak in development mode, as unpacked from {@code org.keycloak:keycloak-quarkus-dist}, with
 * the {@code trithuc} realm imported on its first start. Its database is an H2 file under the
 * given data folder, so users and sessions survive restarts (the import is skipped once the
 * realm exists).
 */
public final class KeycloakServer {

    public static final String REALM = "trithuc";

    private final Path home;
    private final Path dataDir;
    private final Path realmFile;
    private final int port;
    private ManagedProcess process;

    /**
     * @param home      the unpacked Keycloak distribution
     * @param dataDir   where Keycloak keeps its database and log
     * @param realmFile the realm to import on first start
     * @param port      HTTP port
     */
    public KeycloakServer(Path home, Path dataDir, Path realmFile, int port) {
        this.home = home;
        this.dataDir = dataDir;
        this.realmFile = realmFile;
        this.port = port;
    }

    public String realmUrl() {
        return "http://localhost:" + port + "/realms/" + REALM;
    }

    /** Starts Keycloak and returns once the realm answers, or fails with the end of its log. */
    public void startAndAwait(Duration timeout) {
        if (!Files.isRegularFile(script())) {
            throw new LaunchException("Keycloak is not unpacked at " + home + ". Build first: ./mvnw -DskipTests package");
        }
        try {
            Path imports = home.resolve("data/import");
            Files.createDirectories(imports);
            Files.copy(realmFile, imports.resolve(REALM + "-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new LaunchException("Cannot prepare Keycloak's realm import: " + e.getMessage(), e);
        }
        List<String> command = new ArrayList<>(List.of(script().toString(), "start-dev",
                "--http-port=" + port,
                "--import-realm",
                "--db=dev-file",
                "--db-url=jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("keycloakdb") + ";NON_KEYWORDS=VALUE",
                "--cache=local"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile());
        Map<String, String> env = builder.environment();
        env.putIfAbsent("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx768m");
        env.putIfAbsent("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        env.putIfAbsent("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        process = ManagedProcess.start("Keycloak", builder, dataDir.resolve("keycloak.log"));
        process.awaitHttp(realmUrl() + "/.well-known/openid-configuration", r -> r.statusCode() == 200, timeout);
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    ManagedProcess process() {
        return process;
    }

    public void stop() {
        if (process != null) {
            process.stop(Duration.ofSeconds(30));
        }
    }

    private Path script() {
        boolean windows = System.getProperty("os.name", "").toLowerCase().contains("win");
        return home.resolve(windows ? "bin/kc.bat" : "bin/kc.sh");
    }
}
