package vn.trithuc.knowledge.article;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Rendered article pages for anonymous readers, keyed by article, revision and language, so a
 * popular article is rendered once per revision rather than once per reader. Bounded (least
 * recently used out); cleared when renderings change without a new revision (red links turning
 * blue). A stale entry is impossible across revisions because the revision is in the key.
 */
@ApplicationScoped
public class ReadCache {

    static final int MAX_ENTRIES = 256;

    private final Map<String, String> pages = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    public String get(String key, Supplier<String> render) {
        synchronized (pages) {
            String page = pages.get(key);
            if (page != null) {
                return page;
            }
        }
        String page = render.get();
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
}
