package vn.trithuc.benchmarks.imports;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPInputStream;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

import vn.trithuc.benchmarks.http.Tokens;
import vn.trithuc.content.mediawiki.MediaWikiExport;

/**
 * MediaWiki import throughput, end to end: a dump built from the viwiki corpus (every article with
 * three revisions: its first half, all but its last section, all of it) imported through the
 * running platform's batch job into a space — database and search index — beside bare Lucene
 * indexing the same pages' texts with the same Vietnamese analysis into a file index (the ceiling),
 * in the same run.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar vn.trithuc.benchmarks.imports.MediaWikiImportThroughput \
 *      [corpus.jsonl.gz] [http://localhost:8080] [space] [import folder]</pre>
 * With the server's import folder ({@code TRITHUC_DATA_DIR/imports/inbox}) the dump is written
 * there and imported from it (it is larger than an upload may be); without, it is uploaded.
 */
public final class MediaWikiImportThroughput {

    private MediaWikiImportThroughput() {
    }

    record Page(String title, List<String> revisions) {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "benchmarks/corpus/viwiki-7.8k.jsonl.gz");
        if (args.length > 1 && args[1].equals("--lucene-only")) {
            // the ceiling alone, pass after pass in one JVM (no server): java … corpus --lucene-only 3
            List<Page> pages = read(corpus);
            for (int pass = 1; pass <= (args.length > 2 ? Integer.parseInt(args[2]) : 3); pass++) {
                System.out.printf(Locale.ROOT, "bare Lucene pass %d: %.0f pages/s%n", pass, bareLucene(pages));
            }
            return;
        }
        String base = args.length > 1 ? args[1] : "http://localhost:8080";
        String space = args.length > 2 ? args[2] : "general";
        Path inbox = args.length > 3 ? Path.of(args[3]) : null;
        List<Page> pages = read(corpus);
        long revisions = pages.stream().mapToLong(p -> p.revisions().size()).sum();
        Path dump;
        if (inbox != null) {
            Files.createDirectories(inbox);
            dump = inbox.resolve("viwiki-history-" + System.currentTimeMillis() + ".xml");
        } else {
            dump = Files.createTempFile("viwiki-history", ".xml");
        }
        write(pages, dump);
        System.out.printf(Locale.ROOT, "dump: %d pages, %d revisions, %.1f MB%n", pages.size(), revisions, Files.size(dump) / 1e6);

        // a first pass in a fresh JVM (beside an import into a freshly started server) and a second
        // one with the JIT warm (beside a second import into another space of the same server)
        double lucene = bareLucene(pages);
        double warmLucene = bareLucene(pages);
        System.out.printf(Locale.ROOT, "bare Lucene: %.0f pages/s first pass, %.0f second pass (%d pages, final texts, "
                + "title + body in the three analyses)%n", lucene, warmLucene, pages.size());

        HttpClient http = HttpClient.newHttpClient();
        String token = Tokens.of("quantri");
        String boundary = "----tt" + UUID.randomUUID();
        Instant started = Instant.now();
        HttpRequest request = inbox != null
                ? HttpRequest.newBuilder(URI.create(base + "/api/admin/imports/mediawiki/inbox?space=" + space + "&file="
                        + dump.getFileName())).header("Authorization", "Bearer " + token)
                        .POST(HttpRequest.BodyPublishers.noBody()).build()
                : HttpRequest.newBuilder(URI.create(base + "/api/admin/imports/mediawiki?space=" + space))
                .header("Authorization", "Bearer " + token).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(
                        HttpRequest.BodyPublishers.ofString("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; "
                                + "filename=\"viwiki-history.xml\"\r\nContent-Type: application/xml\r\n\r\n"),
                        HttpRequest.BodyPublishers.ofFile(dump),
                        HttpRequest.BodyPublishers.ofString("\r\n--" + boundary + "--\r\n")))
                .build();
        HttpResponse<String> created = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 202) {
            throw new IllegalStateException("Import not started: " + created.statusCode() + " " + created.body());
        }
        long id = Json.createReader(new StringReader(created.body())).readObject().getJsonNumber("id").longValue();
        JsonObject run;
        do {
            Thread.sleep(1000);
            token = Tokens.of("quantri");
            run = Json.createReader(new StringReader(http.send(HttpRequest.newBuilder(URI.create(base + "/api/admin/imports/" + id))
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json").build(),
                    HttpResponse.BodyHandlers.ofString()).body())).readObject();
            System.out.printf(Locale.ROOT, "  %s: %d pages, %d revisions, %d%%%n", run.getString("status"),
                    run.getJsonNumber("pages").longValue(), run.getJsonNumber("revisions").longValue(), run.getInt("percent"));
        } while (!List.of("completed", "failed").contains(run.getString("status")));
        double wall = Duration.between(started, Instant.now()).toMillis() / 1000.0;
        long imported = run.getJsonNumber("pages").longValue();
        System.out.printf(Locale.ROOT, "end to end: %s in %.1f s wall (check pass and pages): %.0f pages/s, %.0f revisions/s; "
                        + "job's own rate %.1f pages/s%n", run.getString("status"), wall, imported / wall,
                run.getJsonNumber("revisions").longValue() / wall, run.getJsonNumber("pagesPerSecond").doubleValue());
        System.out.printf(Locale.ROOT, "ratio to bare Lucene: %.0f %% of the first pass, %.0f %% of the second%n",
                100.0 * (imported / wall) / lucene, 100.0 * (imported / wall) / warmLucene);
        Files.deleteIfExists(dump);
    }

    static List<Page> read(Path corpus) throws Exception {
        List<Page> pages = new ArrayList<>();
        java.util.Set<String> titles = new java.util.HashSet<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(corpus)),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                JsonObject article = Json.createReader(new StringReader(line)).readObject();
                String title = article.getString("title").strip();
                String text = article.getString("text").replace("\r\n", "\n").strip();
                if (title.isEmpty() || text.isEmpty() || !titles.add(title.toLowerCase(Locale.ROOT))) {
                    continue;
                }
                int lastSection = text.lastIndexOf("\n== ");
                pages.add(new Page(title, List.of(text.substring(0, Math.max(1, text.length() / 2)),
                        lastSection > 0 ? text.substring(0, lastSection) : text + "\n", text)));
            }
        }
        return pages;
    }

    static void write(List<Page> pages, Path file) throws Exception {
        Instant at = Instant.parse("2021-01-01T00:00:00Z");
        long revision = 0;
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 20);
             MediaWikiExport export = new MediaWikiExport(out, "Wikipedia", "https://vi.wikipedia.org/wiki/", Map.of())) {
            for (int i = 0; i < pages.size(); i++) {
                Page page = pages.get(i);
                List<MediaWikiExport.Rev> revs = new ArrayList<>();
                Long parent = null;
                for (int r = 0; r < page.revisions().size(); r++) {
                    revision++;
                    revs.add(new MediaWikiExport.Rev(revision, parent, at.plusSeconds(revision), r == 1 ? "113.190.0." + (i % 250)
                            : "Người dùng " + (i % 50), r == 0 ? "tạo trang" : "bổ sung", false, page.revisions().get(r)));
                    parent = revision;
                }
                export.page(page.title(), i + 1, null, revs);
            }
        }
    }

    /** Pages per second for Lucene alone: the final text of each page in the knowledge index's analyses. */
    static double bareLucene(List<Page> pages) throws Exception {
        Path dir = Files.createTempDirectory("bare-lucene");
        long start = System.nanoTime();
        try (FSDirectory directory = FSDirectory.open(dir);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(vn.trithuc.benchmarks.search.Relevance.analyzers()))) {
            for (Page page : pages) {
                Document doc = new Document();
                doc.add(new StringField("slug", page.title(), Field.Store.YES));
                String text = page.revisions().get(page.revisions().size() - 1);
                for (String group : List.of("title", "body")) {
                    String value = group.equals("title") ? page.title() : text;
                    for (String suffix : List.of("", "_exact", "_pairs")) {
                        doc.add(new TextField(group + suffix, value, Field.Store.NO));
                    }
                }
                writer.addDocument(doc);
            }
            writer.commit();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        return pages.size() / seconds;
    }
}
