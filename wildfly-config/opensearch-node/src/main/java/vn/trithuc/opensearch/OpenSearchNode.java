package vn.trithuc.opensearch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.reindex.ReindexPlugin;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.transport.Netty4Plugin;

/**
 * A single OpenSearch node on the loopback interface, with the HTTP transport, the common
 * analysis plugin and the reindex module (delete by query) loaded from the class path (no plugin folder, no security plugin):
 * {@code java -cp 'wildfly-config/opensearch-node/target/lib/*:wildfly-config/opensearch-node/target/classes'
 * vn.trithuc.opensearch.OpenSearchNode HOME [HTTP_PORT]}. It runs until the process is stopped.
 */
public final class OpenSearchNode {

    private OpenSearchNode() {
    }

    /** A node with class-path plugins: the constructor OpenSearch's own test nodes use. */
    static final class Embedded extends Node {
        Embedded(Settings settings) {
            super(InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> "trithuc-search"),
                    List.of(Netty4Plugin.class, CommonAnalysisPlugin.class, ReindexPlugin.class), true);
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: OpenSearchNode HOME [HTTP_PORT]   (HOME: a folder for the node's data and logs)");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        Files.createDirectories(home.resolve("data"));
        Files.createDirectories(home.resolve("logs"));
        Settings settings = Settings.builder()
                .put("path.home", home.toString())
                .put("path.data", home.resolve("data").toString())
                .put("path.logs", home.resolve("logs").toString())
                .put("cluster.name", "trithuc-search")
                .put("node.name", "trithuc-search")
                .put("discovery.type", "single-node")
                .put("network.host", "127.0.0.1")
                .put("http.port", args.length == 2 ? args[1] : "9200")
                .put("transport.port", "9300-9399")
                .put("http.type", "netty4")
                .put("transport.type", "netty4")
                // one node: no replicas to wait for, and no disk-watermark surprises on a full test disk
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                .build();
        Node node = new Embedded(settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
            } catch (Exception e) {
                System.err.println("OpenSearch did not close cleanly: " + e);
            } finally {
                stopped.countDown();
            }
        }, "opensearch-shutdown"));
        node.start();
        System.out.println("OpenSearch " + org.opensearch.Version.CURRENT + " listening on http://127.0.0.1:"
                + settings.get("http.port"));
        stopped.await();
    }
}
