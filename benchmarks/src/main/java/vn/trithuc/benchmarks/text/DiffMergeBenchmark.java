package vn.trithuc.benchmarks.text;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import vn.trithuc.benchmarks.markdown.MarkdownRenderBenchmark;
import vn.trithuc.content.text.TextDiff;
import vn.trithuc.content.text.TextMerge;

/**
 * Diff and three-way merge of two revisions of a 100 kB article: the real *Hà Nội* article from
 * the corpus (113 kB of UTF-8 Markdown, 340 lines), edited by two people at once. "Theirs" changes every
 * tenth line of the first half; "yours" changes every tenth line of the second half and
 * adds one, so the merge is clean; "yours, conflicting" also changes a paragraph "theirs" changed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DiffMergeBenchmark {

    private String base;
    private String theirs;
    private String yours;
    private String yoursConflicting;

    @Setup
    public void prepare() {
        base = MarkdownRenderBenchmark.toMarkdown(MarkdownRenderBenchmark.article("hà nội"));
        List<String> paragraphs = List.of(base.split("\n", -1));
        int half = paragraphs.size() / 2;
        // a gap between the halves: changes on neighbouring lines count as overlapping, as in git
        theirs = edit(paragraphs, 0, half - 3, " (Đã bổ sung nguồn.)", null);
        yours = edit(paragraphs, half + 3, paragraphs.size() - 3, " (Cập nhật số liệu 2025.)",
                "Đoạn mới về giao thông công cộng.");
        List<String> theirsParagraphs = List.of(theirs.split("\n", -1));
        yoursConflicting = edit(List.of(yours.split("\n", -1)), 0, 1, " (Sửa cùng chỗ.)", null);
        if (!TextMerge.merge(base, theirs, yours).isClean()) {
            throw new IllegalStateException("The two halves' edits should merge cleanly");
        }
        if (TextMerge.merge(base, theirs, yoursConflicting).isClean() || theirsParagraphs.size() != paragraphs.size()) {
            throw new IllegalStateException("Editing the same paragraph should conflict");
        }
        if (base.getBytes(StandardCharsets.UTF_8).length < 100_000) {
            throw new IllegalStateException("The article is smaller than 100 kB");
        }
    }

    /** Every tenth paragraph in [from, to) gets {@code suffix}; {@code added} goes before the last one. */
    private static String edit(List<String> paragraphs, int from, int to, String suffix, String added) {
        List<String> out = new ArrayList<>(paragraphs);
        for (int i = from; i < to; i += 10) {
            out.set(i, out.get(i) + suffix);
        }
        if (added != null) {
            out.add(out.size() - 1, added);
        }
        return String.join("\n", out);
    }

    @Benchmark
    public List<TextDiff.Row> wordLevelDiff() {
        return TextDiff.rows(base, theirs);
    }

    @Benchmark
    public TextMerge.Result threeWayMergeClean() {
        return TextMerge.merge(base, theirs, yours);
    }

    @Benchmark
    public TextMerge.Result threeWayMergeWithConflict() {
        return TextMerge.merge(base, theirs, yoursConflicting);
    }
}
