package vn.trithuc.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import vn.trithuc.launcher.KeycloakServer;

/**
 * Makes sure a real Keycloak with the {@code trithuc} realm answers on port 8180 before a test
 * class runs. It reuses one that is already up (e.g. from another module's run), otherwise it
 * starts the distribution the build unpacked, once per JVM, and stops it when the JVM ends.
 */
public final class KeycloakExtension implements BeforeAllCallback {

    public static final int PORT = 8180;
    public static final String REALM_URL = "http://localhost:" + PORT + "/realms/" + KeycloakServer.REALM;
    private static KeycloakServer started;

    @Override
    public void beforeAll(ExtensionContext context) {
        ensureRunning();
    }

    static synchronized void ensureRunning() {
        if (started != null || realmAnswers()) {
            return;
        }
        Path home = Path.of(required("trithuc.keycloak.dir"));
        Path data = Path.of(required("trithuc.it.data.dir")).resolve("keycloak");
        deleteRecursively(data); // every test run imports the realm as committed
        KeycloakServer keycloak = new KeycloakServer(home, data, Path.of(required("trithuc.realm.file")), PORT);
        keycloak.startAndAwait(Duration.ofMinutes(5));
        started = keycloak;
        Runtime.getRuntime().addShutdownHook(new Thread(keycloak::stop, "keycloak-stop"));
    }

    private static void deleteRecursively(Path dir) {
        if (!java.nio.file.Files.exists(dir)) {
            return;
        }
        try (var files = java.nio.file.Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean realmAnswers() {
        try {
            HttpResponse<Void> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(REALM_URL + "/.well-known/openid-configuration"))
                            .timeout(Duration.ofSeconds(3)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (Exception notRunning) {
            return false;
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
