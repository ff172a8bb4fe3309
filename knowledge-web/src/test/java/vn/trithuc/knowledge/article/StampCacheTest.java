package vn.trithuc.knowledge.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class StampCacheTest {

    private final ArticleService.Stamp stamp = new ArticleService.Stamp(7, OffsetDateTime.of(2026, 11, 27, 8, 0, 0, 0,
            ZoneOffset.UTC));

    @Test
    void aStampIsLoadedOnceUntilItIsInvalidated() {
        StampCache cache = new StampCache();
        AtomicInteger loads = new AtomicInteger();
        assertThat(cache.get("general", "ha-noi", () -> {
            loads.incrementAndGet();
            return stamp;
        })).isEqualTo(stamp);
        cache.get("general", "ha-noi", () -> {
            loads.incrementAndGet();
            return stamp;
        });
        assertThat(loads).hasValue(1);

        cache.invalidate("general", "ha-noi");
        cache.get("general", "ha-noi", () -> {
            loads.incrementAndGet();
            return stamp;
        });
        assertThat(loads).hasValue(2);
    }

    @Test
    void missingArticlesAreNotRemembered() {
        StampCache cache = new StampCache();
        AtomicInteger loads = new AtomicInteger();
        cache.get("general", "chua-co", () -> {
            loads.incrementAndGet();
            return null;
        });
        assertThat(cache.get("general", "chua-co", () -> {
            loads.incrementAndGet();
            return stamp;
        })).isEqualTo(stamp);
        assertThat(loads).hasValue(2);
    }

    @Test
    void theTagNamesRevisionChangeAndLanguage() {
        assertThat(stamp.tag("vi")).startsWith("r7-").endsWith("-vi");
        assertThat(new ArticleService.Stamp(7, stamp.savedAt().plusSeconds(1)).tag("vi")).isNotEqualTo(stamp.tag("vi"));
    }
}
