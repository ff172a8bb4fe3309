package vn.trithuc.benchmarks.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

import jakarta.json.Json;
import jakarta.json.JsonReader;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import vn.trithuc.content.search.VietnameseAnalysis;
import vn.trithuc.content.text.Folding;

/**
 * Makes {@code vietnamese-stop-shares.tsv}, the table by which a syllable typed without marks is
 * judged a stop word: for each folded syllable that a one-syllable stop word folds to, the share
 * of its written uses in the Vietnamese Wikipedia corpus that are stop words. {@code java -cp
 * benchmarks/target/benchmarks.jar vn.trithuc.benchmarks.search.StopShares
 * benchmarks/corpus/viwiki-7.8k.jsonl.gz
 * content-import/src/main/resources/vn/trithuc/content/search/vietnamese-stop-shares.tsv}
 */
public final class StopShares {

    /** Syllables seen fewer times than this keep the plain folded judgement. */
    private static final int MIN_USES = 20;

    private StopShares() {
    }

    public static void main(String[] args) throws IOException {
        Set<String> stopWords = VietnameseAnalysis.stopWords().stream().map(VietnameseAnalysis::newerTonePlacement)
                .collect(Collectors.toSet());
        Set<String> stopSyllables = stopWords.stream().map(Folding::fold).collect(Collectors.toSet());
        Map<String, long[]> uses = new HashMap<>(); // folded → {stop-word uses, all uses}
        Analyzer exact = VietnameseAnalysis.exact();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(Path.of(args[0]))), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                String text;
                try (JsonReader json = Json.createReader(new StringReader(line))) {
                    text = json.readObject().getString("text");
                }
                try (TokenStream stream = exact.tokenStream("body", text)) {
                    CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                    stream.reset();
                    while (stream.incrementToken()) {
                        String written = term.toString();
                        String folded = Folding.fold(written);
                        if (stopSyllables.contains(folded)) {
                            long[] counts = uses.computeIfAbsent(folded, k -> new long[2]);
                            counts[0] += stopWords.contains(written) ? 1 : 0;
                            counts[1]++;
                        }
                    }
                    stream.end();
                }
            }
        }
        Map<String, long[]> sorted = new TreeMap<>(uses);
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
            out.println("# folded syllable, share of its uses that are stop words; made by vn.trithuc.benchmarks.search.StopShares");
            out.println("# from benchmarks/corpus/viwiki-7.8k.jsonl.gz (Vietnamese Wikipedia, CC BY-SA 4.0)");
            sorted.forEach((folded, counts) -> {
                if (counts[1] >= MIN_USES) {
                    out.printf(Locale.ROOT, "%s\t%.3f%n", folded, (double) counts[0] / counts[1]);
                }
            });
        }
    }
}
