package vn.trithuc.knowledge.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

class ReadCacheTest {

    @Test
    void aPageIsRenderedOnceAndKeptAsUtf8AndGzip() throws IOException {
        ReadCache cache = new ReadCache();
        AtomicInteger renders = new AtomicInteger();
        String html = "<h1>Hà Nội</h1>" + "<p>Thủ đô của Việt Nam.</p>".repeat(500);
        ReadCache.Encoded first = cache.get("general/ha-noi/r1", () -> {
            renders.incrementAndGet();
            return html;
        });
        ReadCache.Encoded second = cache.get("general/ha-noi/r1", () -> {
            renders.incrementAndGet();
            return "other";
        });
        assertThat(renders).hasValue(1);
        assertThat(second).isSameAs(first);
        assertThat(new String(first.identity(), StandardCharsets.UTF_8)).isEqualTo(html);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(first.gzip()))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(html);
        }
        assertThat(first.gzip().length).isLessThan(first.identity().length / 4);
    }

    @Test
    void clearingForgetsEveryPage() {
        ReadCache cache = new ReadCache();
        cache.get("a", () -> "one");
        cache.clear();
        assertThat(new String(cache.get("a", () -> "two").identity(), StandardCharsets.UTF_8)).isEqualTo("two");
    }

    @Test
    void gzipIsSentOnlyToClientsThatTakeIt() {
        assertThat(ArticlePages.acceptsGzip("gzip, deflate, br")).isTrue();
        assertThat(ArticlePages.acceptsGzip("br;q=1.0, GZIP;q=0.8")).isTrue();
        assertThat(ArticlePages.acceptsGzip("gzip;q=0")).isFalse();
        assertThat(ArticlePages.acceptsGzip("gzip; q=0.0")).isFalse();
        assertThat(ArticlePages.acceptsGzip("identity")).isFalse();
        assertThat(ArticlePages.acceptsGzip(null)).isFalse();
    }
}
