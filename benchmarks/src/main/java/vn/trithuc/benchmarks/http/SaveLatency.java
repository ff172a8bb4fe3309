package vn.trithuc.benchmarks.http;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

/**
 * Save latency of edits to a 20 kB article with 100 revisions: each save names its base revision,
 * so the merge check, rendering, link bookkeeping and the database write are all in the measured
 * time. Run against a local platform: {@code java -cp benchmarks/target/benchmarks.jar
 * vn.trithuc.benchmarks.http.SaveLatency [baseUrl] [saves]}.
 */
public final class SaveLatency {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private SaveLatency() {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        int saves = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        URI uri = URI.create(base);
        if (!"localhost".equals(uri.getHost()) && !"127.0.0.1".equals(uri.getHost())) {
            throw new IllegalArgumentException("Benchmarks run against this machine only");
        }
        String token = Tokens.of("bientap");
        String slug = "bench-save-" + System.currentTimeMillis();
        String article = base + "/api/spaces/general/articles/" + slug;
        StringBuilder text = new StringBuilder();
        for (int p = 0; text.length() < 20_000; p++) {
            text.append("Đoạn ").append(p).append(": Hà Nội là thủ đô của Việt Nam, nằm bên bờ sông Hồng, "
                    + "nổi tiếng với phố cổ, hồ Gươm và ẩm thực như phở, bún chả.\n\n");
        }
        long revision = save(article, token, text.toString(), null);
        for (int i = 0; i < 100; i++) {
            revision = save(article, token, text + "Sửa lần " + i + ".\n", revision);
        }
        List<Long> micros = new ArrayList<>(saves);
        for (int i = 0; i < saves; i++) {
            long start = System.nanoTime();
            revision = save(article, token, text + "Đo lần " + i + ".\n", revision);
            micros.add((System.nanoTime() - start) / 1_000);
        }
        Collections.sort(micros);
        System.out.printf("saves=%d p50=%.1f ms p90=%.1f ms p99=%.1f ms max=%.1f ms (article %s, %d kB, 100+ revisions)%n",
                saves, at(micros, 0.50), at(micros, 0.90), at(micros, 0.99), micros.get(micros.size() - 1) / 1000.0, slug,
                text.length() / 1000);
    }

    private static double at(List<Long> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1)) / 1000.0;
    }

    private static long save(String article, String token, String markdown, Long base) throws Exception {
        var body = Json.createObjectBuilder().add("title", "Bench save").add("markdown", markdown).add("summary", "bench");
        if (base != null) {
            body.add("baseRevision", base);
        }
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(article))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body.build().toString())).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException("Save answered " + response.statusCode() + ": " + response.body());
        }
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            JsonObject saved = reader.readObject();
            return saved.getJsonObject("article").getJsonNumber("revision").longValue();
        }
    }
}
