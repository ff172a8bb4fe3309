package vn.trithuc.knowledge.article;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Which revision and page version readers see at an address, remembered for a second so a popular
 * article costs no database round trip per reader. Every change to an article on this node forgets
 * its entry at once and again when the transaction ends ({@link ArticleChanges}); other nodes
 * catch up within the second, well inside the minute anonymous pages may be cached anyway.
 */
@ApplicationScoped
public class StampCache {

    static final long TTL_NANOS = 1_000_000_000L;
    static final int MAX_ENTRIES = 50_000;

    private record Entry(ArticleService.Stamp stamp, long loadedAt) {
    }

    private final Map<String, Entry> stamps = new ConcurrentHashMap<>();

    /** The stamp of an address, loaded when unknown or older than a second; {@code null} (not cached) when none. */
    public ArticleService.Stamp get(String space, String slug, Supplier<ArticleService.Stamp> load) {
        String key = space + "/" + slug;
        long now = System.nanoTime();
        Entry entry = stamps.get(key);
        if (entry != null && now - entry.loadedAt() < TTL_NANOS) {
            return entry.stamp();
        }
        ArticleService.Stamp stamp = load.get();
        if (stamp == null) {
            stamps.remove(key);
            return null;
        }
        if (stamps.size() >= MAX_ENTRIES) {
            stamps.clear();
        }
        stamps.put(key, new Entry(stamp, now));
        return stamp;
    }

    /** Forgets an address now and, when called inside a transaction, again once it has ended. */
    public void invalidate(String space, String slug) {
        String key = space + "/" + slug;
        stamps.remove(key);
        TransactionSynchronizationRegistry registry = registry();
        if (registry != null && registry.getTransactionStatus() == Status.STATUS_ACTIVE) {
            registry.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    stamps.remove(key);
                }
            });
        }
    }

    private static TransactionSynchronizationRegistry registry() {
        try {
            return (TransactionSynchronizationRegistry) new InitialContext().lookup(
                    "java:comp/TransactionSynchronizationRegistry");
        } catch (NamingException e) {
            return null;
        }
    }
}
