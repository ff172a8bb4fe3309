package vn.trithuc.benchmarks.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import jakarta.json.Json;
import jakarta.json.JsonReader;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import vn.trithuc.content.search.VietnameseAnalysis;
import vn.trithuc.content.text.Folding;

/**
 * Makes {@code vietnamese-syllables.tsv.gz}, the language model by which
 * {@link vn.trithuc.content.search.DiacriticRestoration} reads a query typed without marks: how
 * often each written syllable occurs in the Vietnamese Wikipedia corpus, and how often each two
 * occur side by side. Syllables seen fewer than {@value #MIN_SYLLABLE} times and pairs seen fewer
 * than {@value #MIN_PAIR} times are left out (pruning to these counts kept the model at about a
 * megabyte without losing relevance on the benchmark). {@code java -cp benchmarks/target/benchmarks.jar
 * vn.trithuc.benchmarks.search.SyllableModel benchmarks/corpus/viwiki-7.8k.jsonl.gz
 * content-import/src/main/resources/vn/trithuc/content/search/vietnamese-syllables.tsv.gz}
 */
public final class SyllableModel {

    static final int MIN_SYLLABLE = 3;
    static final int MIN_PAIR = 8;

    private SyllableModel() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, int[]> syllables = new HashMap<>();
        Map<String, int[]> pairs = new HashMap<>();
        Analyzer exact = VietnameseAnalysis.exact();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(Path.of(args[0]))), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                String text;
                try (JsonReader json = Json.createReader(new StringReader(line))) {
                    text = json.readObject().getString("text");
                }
                count(exact, text, syllables, pairs);
            }
        }
        Map<String, int[]> kept = new TreeMap<>();
        syllables.forEach((written, n) -> {
            if (n[0] >= MIN_SYLLABLE) {
                kept.put(written, n);
            }
        });
        Map<String, int[]> keptPairs = new TreeMap<>();
        pairs.forEach((pair, n) -> {
            int space = pair.indexOf(' ');
            if (n[0] >= MIN_PAIR && kept.containsKey(pair.substring(0, space)) && kept.containsKey(pair.substring(space + 1))) {
                keptPairs.put(pair, n);
            }
        });
        try (PrintWriter out = new PrintWriter(new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(Path.of(args[1]))), StandardCharsets.UTF_8))) {
            out.println("# Vietnamese syllables (s) and adjacent pairs (p) with their counts in");
            out.println("# benchmarks/corpus/viwiki-7.8k.jsonl.gz (Vietnamese Wikipedia, CC BY-SA 4.0, the contributors");
            out.println("# to vi.wikipedia.org); made by vn.trithuc.benchmarks.search.SyllableModel");
            kept.forEach((written, n) -> out.println("s\t" + written + "\t" + n[0]));
            keptPairs.forEach((pair, n) -> out.println("p\t" + pair.replace(' ', '\t') + "\t" + n[0]));
        }
        System.out.printf("%d syllables, %d pairs%n", kept.size(), keptPairs.size());
    }

    /** Counts the text's syllables and the pairs of them separated by white space only. */
    private static void count(Analyzer exact, String text, Map<String, int[]> syllables, Map<String, int[]> pairs)
            throws IOException {
        String previous = null;
        int previousEnd = -1;
        try (TokenStream stream = exact.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String written = term.toString();
                if (!VietnameseAnalysis.isSyllableShaped(Folding.fold(written))) {
                    previous = null;
                    continue;
                }
                syllables.computeIfAbsent(written, k -> new int[1])[0]++;
                if (previous != null && text.substring(previousEnd, offset.startOffset()).isBlank()) {
                    pairs.computeIfAbsent(previous + " " + written, k -> new int[1])[0]++;
                }
                previous = written;
                previousEnd = offset.endOffset();
            }
            stream.end();
        }
    }
}
