package vn.trithuc.benchmarks.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;

import vn.trithuc.content.text.Folding;
import vn.trithuc.content.search.VietnameseAnalysis;
import vn.trithuc.content.search.VietnameseQuery;

/**
 * Search latency at 100,000 articles: builds them from the 7.8k-article Vietnamese Wikipedia
 * corpus (each article cut into parts in proportion to its length), imports them into a running
 * platform through {@code POST /api/admin/spaces/general/articles}, then runs a fixed query mix
 * against {@code /api/search} over HTTP and, in the same run, against the same Lucene index
 * directly (the same query builder; the same answer: top 10 with their stored fields, the exact
 * total and the facet counts), and prints p50/p95/p99 of both, the index size and the server's heap.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar vn.trithuc.benchmarks.search.SearchLatency \
 *     [baseUrl] [articles] [requests] [corpus] [indexDir]</pre>
 */
public final class SearchLatency {

    /** HTTP/1.1 as phones' browsers speak it to a plain-HTTP server (Java's client would otherwise upgrade to h2c). */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern HEADING = Pattern.compile("^==+ *(.+?) *==+ *$");
    /** The facets /api/search counts when no filter is set. */
    private static final List<String> FACETS = List.of("space", "language", "category", "status");
    private static final List<String> COMMON = List.of("ha noi", "Hà Nội", "benh vien", "nong nghiep", "lich su viet nam",
            "thu do", "song hong", "chien tranh the gioi", "dai hoc quoc gia", "kinh te", "tiểu hành tinh", "bóng đá",
            "nha tho", "di san the gioi", "khi hau nhiet doi");

    private SearchLatency() {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        int articles = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int requests = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
        Path corpus = Path.of(args.length > 3 ? args[3] : "benchmarks/corpus/viwiki-7.8k.jsonl.gz");
        Path index = Path.of(args.length > 4 ? args[4] : "data/index/knowledge/article");
        URI uri = URI.create(base);
        if (!"localhost".equals(uri.getHost()) && !"127.0.0.1".equals(uri.getHost())) {
            throw new IllegalArgumentException("Benchmarks run against this machine only");
        }
        List<String[]> source = read(corpus);

        long documents = documents(base);
        if (documents < articles * 0.99) { // titles repeated in the corpus are skipped on import
            long started = System.nanoTime();
            importArticles(base, source, articles);
            System.out.printf(Locale.ROOT, "imported in %.0f s%n", (System.nanoTime() - started) / 1e9);
            documents = documents(base);
        }
        List<String> queries = queryMix(source);
        System.out.printf(Locale.ROOT, "documents in the index: %d; queries in the mix: %d; requests: %d%n", documents,
                queries.size(), requests);

        VietnameseQuery builder = new VietnameseQuery(List.of(new VietnameseQuery.Group("title", 3f),
                new VietnameseQuery.Group("headings", 2f), new VietnameseQuery.Group("body", 1f)),
                VietnameseQuery.Weights.DEFAULT, true);
        List<Long> overHttp = new ArrayList<>(requests);
        List<Long> rawLucene = new ArrayList<>(requests);
        try (FSDirectory directory = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setSimilarity(VietnameseAnalysis.similarity()); // as the server searches
            java.util.Map<String, StringDocValuesReaderState> facetStates = new java.util.LinkedHashMap<>();
            for (String facet : FACETS) {
                facetStates.put(facet, new StringDocValuesReaderState(reader, facet));
            }
            // warm both up, then measure them in turn, query by query, so that both see the same
            // machine (collections, compilation, page cache) rather than one phase after the other
            for (int round = 0; round < 2; round++) {
                for (int i = 0; i < requests; i++) {
                    String q = queries.get(i % queries.size());
                    long start = System.nanoTime();
                    http(base, q);
                    long between = System.nanoTime();
                    rawAnswer(searcher, facetStates, VietnameseQuery.withWholeTitle(builder.build(q), q, "title_key",
                            "title_exact_key"));
                    long end = System.nanoTime();
                    if (round == 1) {
                        overHttp.add(between - start);
                        rawLucene.add(end - between);
                    }
                }
            }
        }
        if (Boolean.getBoolean("perQuery")) {
            // -DperQuery=true: the median of each query on both sides, to see where the difference lies
            for (int q = 0; q < queries.size(); q++) {
                List<Long> http = new ArrayList<>();
                List<Long> raw = new ArrayList<>();
                for (int i = q; i < requests; i += queries.size()) {
                    http.add(overHttp.get(i));
                    raw.add(rawLucene.get(i));
                }
                System.out.printf(Locale.ROOT, "%8.2f %8.2f  %s%n", at(http, 0.5), at(raw, 0.5), queries.get(q));
            }
        }
        report("/api/search over HTTP", overHttp);
        report("raw Lucene, same index and queries (top 10 with stored fields, exact total, facet counts)", rawLucene);
        System.out.printf(Locale.ROOT, "ratio p50 %.2f, p95 %.2f, p99 %.2f%n", at(overHttp, 0.5) / at(rawLucene, 0.5),
                at(overHttp, 0.95) / at(rawLucene, 0.95), at(overHttp, 0.99) / at(rawLucene, 0.99));
        System.out.printf(Locale.ROOT, "index size: %.1f MB; %s%n", directorySize(index) / 1048576.0, heap());
    }

    /**
     * What {@code /api/search} answers, done with Lucene alone: the top 10 with their stored hit
     * fields, the exact total, and the counts of the facets it shows without filters.
     */
    static void rawAnswer(IndexSearcher searcher, java.util.Map<String, StringDocValuesReaderState> facetStates, Query query)
            throws IOException {
        Object[] results = searcher.search(query, new MultiCollectorManager(new TopScoreDocCollectorManager(10, Integer.MAX_VALUE),
                new FacetsCollectorManager()));
        TopDocs top = (TopDocs) results[0];
        FacetsCollector matches = (FacetsCollector) results[1];
        for (var state : facetStates.entrySet()) {
            new StringValueFacetCounts(state.getValue(), matches).getTopChildren(20, state.getKey());
        }
        var stored = searcher.storedFields();
        for (ScoreDoc hit : top.scoreDocs) {
            stored.document(hit.doc, java.util.Set.of("hit_slug", "hit_title", "hit_text"));
        }
    }

    /** Articles in proportion to their length: a long article gives more parts. */
    static void importArticles(String base, List<String[]> source, int target) throws Exception {
        long totalLength = source.stream().mapToLong(a -> a[1].length()).sum();
        StringBuilder chunk = new StringBuilder();
        int made = 0;
        int lines = 0;
        outer:
        for (int copy = 0; made < target; copy++) {
            for (String[] article : source) {
                List<String> paragraphs = new ArrayList<>();
                for (String line : article[1].split("\r?\n")) {
                    if (!line.isBlank()) {
                        paragraphs.add(HEADING.matcher(line.strip()).replaceAll("## $1"));
                    }
                }
                int parts = (int) Math.max(1, Math.min(paragraphs.size(), Math.round((double) target * article[1].length()
                        / totalLength)));
                int per = (paragraphs.size() + parts - 1) / parts;
                for (int p = 0; p < parts && made < target; p++) {
                    List<String> part = paragraphs.subList(Math.min(paragraphs.size(), p * per),
                            Math.min(paragraphs.size(), (p + 1) * per));
                    if (part.isEmpty()) {
                        continue;
                    }
                    String title = article[0] + (p == 0 ? "" : " (phần " + (p + 1) + ")") + (copy == 0 ? "" : " [" + copy + "]");
                    chunk.append(Json.createObjectBuilder().add("title", title).add("markdown", String.join("\n\n", part))
                            .build()).append('\n');
                    made++;
                    if (++lines == 5_000) {
                        post(base, chunk.toString());
                        System.out.printf(Locale.ROOT, "  %d articles sent%n", made);
                        chunk.setLength(0);
                        lines = 0;
                    }
                }
                if (made >= target) {
                    break outer;
                }
            }
        }
        if (lines > 0) {
            post(base, chunk.toString());
        }
    }

    /** Titles of every 150th article (folded as typed on phones, and as written) and common topics. */
    static List<String> queryMix(List<String[]> source) {
        List<String> queries = new ArrayList<>(COMMON);
        for (int i = 0; i < source.size(); i += 150) {
            String title = source.get(i)[0];
            queries.add(i % 300 == 0 ? Folding.fold(title) : title);
        }
        return queries;
    }

    static List<String[]> read(Path corpus) throws IOException {
        List<String[]> articles = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(corpus)),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                try (JsonReader json = Json.createReader(new StringReader(line))) {
                    JsonObject o = json.readObject();
                    String title = o.getString("title").strip();
                    if (!title.isEmpty()) {
                        articles.add(new String[] {Character.toUpperCase(title.charAt(0)) + title.substring(1), o.getString("text")});
                    }
                }
            }
        }
        return articles;
    }

    private static void http(String base, String q) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/search?q="
                + URLEncoder.encode(q, StandardCharsets.UTF_8))).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Search answered " + response.statusCode() + ": " + response.body());
        }
    }

    private static void post(String base, String lines) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/admin/spaces/general/articles"))
                .timeout(Duration.ofMinutes(30)).header("Authorization", "Bearer " + adminToken())
                .header("Content-Type", "application/x-ndjson").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(lines)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Import answered " + response.statusCode() + ": " + response.body());
        }
    }

    private static long documents(String base) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/admin/search"))
                .header("Authorization", "Bearer " + adminToken()).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject().getJsonNumber("documents").longValue();
        }
    }

    private static String heap() {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:9990/metrics"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            return response.body().lines().filter(l -> l.startsWith("base_memory_usedHeap_bytes")
                            || l.startsWith("base_memory_maxHeap_bytes") || l.startsWith("jvm_memory_used_bytes{area=\"heap\""))
                    .reduce((a, b) -> a + "; " + b).orElse("heap: not in /metrics");
        } catch (Exception e) {
            return "heap: /metrics unavailable";
        }
    }

    private static long directorySize(Path index) throws IOException {
        try (var files = Files.walk(index)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static void report(String what, List<Long> nanos) {
        System.out.printf(Locale.ROOT, "%s: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms%n", what, at(nanos, 0.5), at(nanos, 0.95),
                at(nanos, 0.99));
    }

    private static double at(List<Long> nanos, double quantile) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1)) / 1e6;
    }

    /** A new administrator token for each call: tokens live minutes, the import longer. */
    private static String adminToken() throws Exception {
        return vn.trithuc.benchmarks.http.Tokens.of("quantri");
    }
}
