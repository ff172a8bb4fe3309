package vn.trithuc.knowledge.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.jboss.logging.Logger;

import vn.trithuc.knowledge.space.Space;
import vn.trithuc.web.Settings;

/**
 * Open-data dumps: per space, a gzipped JSON-lines file with every article readers can see (title,
 * address, language, time, revision, authors, categories, Markdown) and its licence on every line,
 * under {@code TRITHUC_DATA_DIR/opendata}. Regenerated every day (and at start when missing);
 * written to a temporary file and moved into place, so a download never sees half a file.
 */
@ApplicationScoped
public class OpenData {

    private static final Logger LOG = Logger.getLogger(OpenData.class);
    static final long EVERY_HOURS = 24;

    /** A dump as the public page lists it. */
    public record Dump(String space, String name, long articles, long bytes, OffsetDateTime generatedAt, String sha256) {
    }

    @PersistenceContext(unitName = "knowledge")
    EntityManager em;

    @Inject
    SpaceExport export;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> task;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        task = scheduler.scheduleWithFixedDelay(this::refresh, 60, EVERY_HOURS * 3600, TimeUnit.SECONDS);
    }

    void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object stopping) {
        if (task != null) {
            task.cancel(false);
        }
    }

    /** Regenerates every space's dump (the daily run). */
    void refresh() {
        for (String space : spaces()) {
            try {
                generate(space);
            } catch (RuntimeException e) {
                LOG.warnf(e, "The open-data dump of %s could not be generated; the previous one stays", space);
            }
        }
    }

    public List<String> spaces() {
        return em.createNamedQuery(Space.ALL, Space.class).getResultStream().map(Space::key).toList();
    }

    /** Writes the space's dump now and returns it. */
    public Dump generate(String spaceKey) {
        Space space = export.space(spaceKey);
        Path dir = dir();
        Path target = dir.resolve(spaceKey + ".jsonl.gz");
        Path temporary = dir.resolve(spaceKey + ".jsonl.gz.tmp");
        long[] count = {0};
        String base = Settings.env("TRITHUC_PUBLIC_URL", "http://localhost:8080").replaceAll("/$", "") + "/wiki/" + spaceKey + "/";
        try {
            Files.createDirectories(dir);
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (OutputStream file = Files.newOutputStream(temporary);
                 DigestOutputStream digest = new DigestOutputStream(file, sha);
                 GZIPOutputStream gzip = new GZIPOutputStream(digest)) {
                export.published(spaceKey, false, article -> {
                    java.io.StringWriter line = new java.io.StringWriter();
                    try (JsonGenerator json = Json.createGenerator(line)) {
                        json.writeStartObject().write("space", spaceKey).write("slug", article.slug()).write("title", article.title())
                                .write("url", base + article.slug()).write("language", article.language())
                                .write("updated", article.updated().toString()).write("revision", article.revision());
                        json.writeStartArray("authors");
                        article.authors().forEach(json::write);
                        json.writeEnd().writeStartArray("categories");
                        article.categories().forEach(json::write);
                        json.writeEnd().write("licence", SpaceExport.LICENCE).write("licenceUrl", SpaceExport.LICENCE_URL)
                                .write("markdown", article.markdown()).writeEnd();
                    }
                    try {
                        gzip.write((line + "\n").getBytes(StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    count[0]++;
                });
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Dump dump = new Dump(spaceKey, space.name(Locale.forLanguageTag("vi")), count[0], Files.size(target), OffsetDateTime.now(),
                    HexFormat.of().formatHex(sha.digest()));
            Files.writeString(dir.resolve(spaceKey + ".json"), Json.createObjectBuilder().add("articles", dump.articles())
                    .add("generatedAt", dump.generatedAt().toString()).add("sha256", dump.sha256()).build().toString());
            LOG.infof("Open-data dump of %s: %d articles, %d bytes", spaceKey, count[0], dump.bytes());
            return dump;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // the next run overwrites it
            }
        }
    }

    /** The dumps that exist, one per space (null fields for a space not generated yet). */
    public List<Dump> list() {
        List<Dump> dumps = new ArrayList<>();
        for (Space space : em.createNamedQuery(Space.ALL, Space.class).getResultList()) {
            Path file = file(space.key());
            Path meta = dir().resolve(space.key() + ".json");
            if (Files.isRegularFile(file) && Files.isRegularFile(meta)) {
                try (JsonReader reader = Json.createReader(Files.newBufferedReader(meta))) {
                    JsonObject info = reader.readObject();
                    dumps.add(new Dump(space.key(), space.name(Locale.forLanguageTag("vi")), info.getJsonNumber("articles").longValue(),
                            Files.size(file), OffsetDateTime.parse(info.getString("generatedAt")), info.getString("sha256")));
                    continue;
                } catch (IOException | RuntimeException e) {
                    LOG.debugf(e, "Unreadable dump information for %s", space.key());
                }
            }
            dumps.add(new Dump(space.key(), space.name(Locale.forLanguageTag("vi")), 0, 0, null, null));
        }
        return dumps;
    }

    public Path file(String spaceKey) {
        return dir().resolve(spaceKey + ".jsonl.gz");
    }

    static Path dir() {
        return Path.of(Settings.env("TRITHUC_DATA_DIR", System.getProperty("jboss.server.data.dir", "data") + "/trithuc"), "opendata");
    }
}
