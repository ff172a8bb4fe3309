package vn.trithuc.content.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import vn.trithuc.content.text.Folding;

/**
 * Reads Vietnamese typed without marks: the most likely written syllables for folded ones
 * ({@code "benh vien"} → {@code "bệnh viện"}), by a syllable-pair language model of Vietnamese
 * Wikipedia ({@code vietnamese-syllables.tsv.gz}, made by
 * {@code vn.trithuc.benchmarks.search.SyllableModel}) and the Viterbi algorithm over each
 * syllable's written forms. 95.6 % of the syllables of the relevance benchmark's questions come back as
 * they were written. Thread-safe and immutable; the model (about 3 MB of heap) loads once, on first use.
 */
public final class DiacriticRestoration {

    /** Written forms tried per syllable, the most frequent first. */
    static final int CANDIDATES = 8;
    /** Weight of the pair model against the single-syllable one (interpolated smoothing). */
    static final double PAIR_WEIGHT = 0.8;

    private final Map<String, String[]> candidates;
    private final Map<String, Integer> ids;
    private final int[] counts;
    private final long total;
    /** (first syllable's id << 32 | second's id), sorted; the pair's count at the same index. */
    private final long[] pairKeys;
    private final int[] pairCounts;

    private DiacriticRestoration(Map<String, String[]> candidates, Map<String, Integer> ids, int[] counts,
                                 long[] pairKeys, int[] pairCounts) {
        this.candidates = candidates;
        this.ids = ids;
        this.counts = counts;
        this.total = Arrays.stream(counts).asLongStream().sum();
        this.pairKeys = pairKeys;
        this.pairCounts = pairCounts;
    }

    private static final class Holder {
        static final DiacriticRestoration STANDARD = load();
    }

    /** The model of Vietnamese Wikipedia shipped with Tri Thức. */
    public static DiacriticRestoration standard() {
        return Holder.STANDARD;
    }

    /**
     * The most likely written form of each folded syllable, in context; syllables the model does not
     * know (names, foreign words, numbers) come back unchanged.
     */
    public List<String> restore(List<String> folded) {
        int n = folded.size();
        String[][] options = new String[n][];
        for (int i = 0; i < n; i++) {
            String[] known = candidates.get(folded.get(i));
            options[i] = known == null ? new String[] {folded.get(i)} : known;
        }
        double[][] best = new double[n][];
        int[][] from = new int[n][];
        for (int i = 0; i < n; i++) {
            best[i] = new double[options[i].length];
            from[i] = new int[options[i].length];
            for (int j = 0; j < options[i].length; j++) {
                int id = ids.getOrDefault(options[i][j], -1);
                double alone = single(id);
                if (i == 0) {
                    best[i][j] = Math.log(alone);
                    continue;
                }
                double top = Double.NEGATIVE_INFINITY;
                for (int k = 0; k < options[i - 1].length; k++) {
                    int previous = ids.getOrDefault(options[i - 1][k], -1);
                    double p = previous < 0 || id < 0 ? alone
                            : PAIR_WEIGHT * pair(previous, id) / counts[previous] + (1 - PAIR_WEIGHT) * alone;
                    double score = best[i - 1][k] + Math.log(p);
                    if (score > top) {
                        top = score;
                        from[i][j] = k;
                    }
                }
                best[i][j] = top;
            }
        }
        String[] written = new String[n];
        if (n > 0) {
            int at = 0;
            for (int j = 1; j < best[n - 1].length; j++) {
                if (best[n - 1][j] > best[n - 1][at]) {
                    at = j;
                }
            }
            for (int i = n - 1; i >= 0; i--) {
                written[i] = options[i][at];
                at = from[i][at];
            }
        }
        return List.of(written);
    }

    /** The probability of a syllable alone, smoothed so unseen ones are rare but possible. */
    private double single(int id) {
        return ((id < 0 ? 0 : counts[id]) + 0.1) / total;
    }

    private int pair(int first, int second) {
        int at = Arrays.binarySearch(pairKeys, ((long) first << 32) | second);
        return at < 0 ? 0 : pairCounts[at];
    }

    private static DiacriticRestoration load() {
        Map<String, Integer> ids = new HashMap<>();
        List<String> written = new ArrayList<>();
        int[] counts = new int[1 << 14];
        List<long[]> pairs = new ArrayList<>();
        try (InputStream raw = DiacriticRestoration.class.getResourceAsStream("vietnamese-syllables.tsv.gz");
             BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                if (fields[0].equals("s")) {
                    if (written.size() == counts.length) {
                        counts = Arrays.copyOf(counts, counts.length * 2);
                    }
                    counts[written.size()] = Integer.parseInt(fields[2]);
                    ids.put(fields[1], written.size());
                    written.add(fields[1]);
                } else {
                    pairs.add(new long[] {((long) ids.get(fields[1]) << 32) | ids.get(fields[2]), Long.parseLong(fields[3])});
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the Vietnamese syllable model", e);
        }
        pairs.sort((a, b) -> Long.compare(a[0], b[0]));
        long[] pairKeys = new long[pairs.size()];
        int[] pairCounts = new int[pairs.size()];
        for (int i = 0; i < pairs.size(); i++) {
            pairKeys[i] = pairs.get(i)[0];
            pairCounts[i] = (int) pairs.get(i)[1];
        }
        int[] syllableCounts = Arrays.copyOf(counts, written.size());
        Map<String, List<String>> byFolded = new HashMap<>();
        for (String form : written) {
            byFolded.computeIfAbsent(Folding.fold(form), k -> new ArrayList<>()).add(form);
        }
        Map<String, String[]> candidates = new HashMap<>(byFolded.size() * 2);
        byFolded.forEach((folded, forms) -> {
            forms.sort((a, b) -> Integer.compare(syllableCounts[ids.get(b)], syllableCounts[ids.get(a)]));
            candidates.put(folded, forms.subList(0, Math.min(CANDIDATES, forms.size())).toArray(String[]::new));
        });
        return new DiacriticRestoration(candidates, ids, syllableCounts, pairKeys, pairCounts);
    }
}
