package vn.trithuc.benchmarks.markdown;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import vn.trithuc.content.markdown.MarkdownRenderer;

/**
 * Time to render one real Vietnamese Wikipedia article (as Markdown) to sanitised HTML, the
 * work every article save does. {@code hà nội} is the longest article in the sample (86 kB).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MarkdownRenderBenchmark {

    private static final Pattern HEADING = Pattern.compile("(?m)^==+ *(.+?) *==+ *$");

    @Param({"hà nội", "phở", "bệnh viện bạch mai"})
    public String title;

    private final MarkdownRenderer renderer = new MarkdownRenderer();
    private String markdown;

    @Setup
    public void load() {
        markdown = toMarkdown(article(title));
    }

    @Benchmark
    public String renderToSafeHtml() {
        return renderer.render(markdown);
    }

    /** Wikipedia plain text with {@code == Heading ==} lines becomes Markdown headings. */
    public static String toMarkdown(String text) {
        return HEADING.matcher(text).replaceAll("## $1");
    }

    public static String article(String title) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                MarkdownRenderBenchmark.class.getResourceAsStream("/corpus/viwiki-sample.jsonl"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                try (JsonReader json = Json.createReader(new StringReader(line))) {
                    JsonObject article = json.readObject();
                    if (article.getString("title").equals(title)) {
                        return article.getString("text");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalArgumentException("No article " + title + " in the corpus");
    }
}
