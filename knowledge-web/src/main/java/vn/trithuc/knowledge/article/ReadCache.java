package vn.trithuc.knowledge.article;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Rendered article pages for anonymous readers, keyed by article, page stamp (revision and last
 * change) and language, so a popular article is rendered once per change rather than once per
 * reader. Each page is kept as UTF-8 bytes and gzip-compressed bytes, so serving it is a copy,
 * not an encoding or a compression. Bounded (least recently used out); cleared when renderings
 * change without a new stamp (red links turning blue).
 */
@ApplicationScoped
public class ReadCache {

    static final int MAX_ENTRIES = 256;

    /** A page, ready to send either way. */
    public record Encoded(byte[] identity, byte[] gzip) {
    }

    private final Map<String, Encoded> pages = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Encoded> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    public Encoded get(String key, Supplier<String> render) {
        synchronized (pages) {
            Encoded page = pages.get(key);
            if (page != null) {
                return page;
            }
        }
        Encoded page = encode(render.get());
        synchronized (pages) {
            pages.put(key, page);
        }
        return page;
    }

    public void clear() {
        synchronized (pages) {
            pages.clear();
        }
    }

    static Encoded encode(String html) {
        byte[] identity = html.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(identity.length / 4);
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed, 8192) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gzip.write(identity);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Encoded(identity, compressed.toByteArray());
    }
}
