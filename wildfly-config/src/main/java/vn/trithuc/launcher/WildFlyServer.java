package vn.trithuc.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The provisioned WildFly, run with its own base directory under the data folder so that the
 * build output stays untouched and logs, transactions and deployments of a run survive a
 * {@code mvn clean}. The configuration comes fresh from the build on every start: server
 * configuration is code (the CLI scripts), not state.
 */
final class WildFlyServer {

    private final Path home;
    private final Path baseDir;
    private ManagedProcess process;

    WildFlyServer(Path home, Path baseDir) {
        this.home = home;
        this.baseDir = baseDir;
    }

    void start(List<Path> deployments, Map<String, String> environment) {
        start(deployments, environment, List.of());
    }

    /** Starts with extra server arguments, e.g. {@code -Djboss.socket.binding.port-offset=200} for a second server. */
    void start(List<Path> deployments, Map<String, String> environment, List<String> arguments) {
        if (!Files.isRegularFile(home.resolve("jboss-modules.jar"))) {
            throw new LaunchException("WildFly is not provisioned at " + home + ". Build first: ./mvnw -DskipTests package");
        }
        prepareBaseDir(deployments);
        boolean windows = System.getProperty("os.name", "").toLowerCase().contains("win");
        List<String> command = new java.util.ArrayList<>(List.of(home.resolve(windows ? "bin/standalone.bat" : "bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + baseDir.toAbsolutePath()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile());
        builder.environment().putAll(environment);
        builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
        builder.environment().putIfAbsent("JBOSS_JAVA_SIZING",
                "-Xms256m -Xmx1536m -XX:MetaspaceSize=128M -XX:MaxMetaspaceSize=512m");
        process = ManagedProcess.start("WildFly", builder, baseDir.resolve("log/console.log"));
    }

    /** Waits for readiness (database, index, deployments) and fails early on a failed deployment. */
    void awaitReady(int managementPort, Duration timeout) {
        process.awaitHttp("http://localhost:" + managementPort + "/health/ready", response -> {
            failOnFailedDeployment();
            return response.statusCode() == 200 && response.body().contains("\"UP\"");
        }, timeout);
        failOnFailedDeployment();
    }

    ManagedProcess process() {
        return process;
    }

    /** Kills WildFly without a shutdown, as a crash or a power cut of the process would. */
    void kill() {
        if (process != null) {
            process.kill();
        }
    }

    void stop() {
        if (process != null) {
            process.stop(Duration.ofSeconds(60));
        }
    }

    private void failOnFailedDeployment() {
        try (Stream<Path> files = Files.list(baseDir.resolve("deployments"))) {
            for (Path marker : files.filter(f -> f.getFileName().toString().endsWith(".failed")).toList()) {
                String reason = Files.readString(marker, StandardCharsets.UTF_8);
                throw new LaunchException("Deployment " + marker.getFileName().toString().replace(".failed", "")
                        + " failed:\n" + reason.strip() + "\nFull log: " + baseDir.resolve("log/server.log"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void prepareBaseDir(List<Path> deployments) {
        try {
            Path configuration = baseDir.resolve("configuration");
            Files.createDirectories(configuration);
            try (Stream<Path> files = Files.list(home.resolve("standalone/configuration"))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(file, configuration.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Path deploymentsDir = baseDir.resolve("deployments");
            Files.createDirectories(deploymentsDir);
            try (Stream<Path> old = Files.list(deploymentsDir)) {
                for (Path file : old.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            for (Path war : deployments) {
                if (!Files.isRegularFile(war)) {
                    throw new LaunchException("Missing " + war + ". Build first: ./mvnw -DskipTests package");
                }
                Files.copy(war, deploymentsDir.resolve(war.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new LaunchException("Cannot prepare WildFly's folder " + baseDir + ": " + e.getMessage(), e);
        }
    }
}
