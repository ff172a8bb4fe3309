package vn.trithuc.content.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;

import vn.trithuc.content.text.Folding;

/**
 * The analyzers of the knowledge index. Vietnamese text is indexed three ways: syllables folded
 * (no tone marks, {@code đ} as {@code d}, lower case) so {@code ha noi} finds <i>Hà Nội</i>; syllables
 * as written (lower case, NFC) so a query typed with marks ranks matching marks first; and pairs of
 * adjacent folded syllables, since most Vietnamese words are two syllables and a pair in the right
 * order is a far stronger signal than two syllables anywhere.
 */
public final class VietnameseAnalysis {

    public static final String FOLDED = "vi_folded";
    public static final String EXACT = "vi_exact";
    public static final String SHINGLES = "vi_shingles";
    public static final String PREFIX = "vi_prefix";
    public static final String ENGLISH = "en";
    public static final String FRENCH = "fr";
    public static final String CJK = "cjk";

    /** One-syllable stop words as written (lower case, NFC), and the same folded. */
    private static final Set<String> STOP_WORDS = loadStopWords();
    private static final Set<String> STOP_SYLLABLES = STOP_WORDS.stream().map(Folding::fold)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private VietnameseAnalysis() {
    }

    /**
     * Whether a syllable of a query carries little meaning alone ("của", "và", "là"…), from the
     * stop-word list. A syllable typed with its marks is judged as written, so "đen" (black) and
     * "lục" (continent) stay meaningful although "đến" and "lúc" are stop words; one typed without
     * marks ({@code folded} equal to {@code written}) can only be judged folded.
     */
    public static boolean isStopSyllable(String written, String folded) {
        return folded.equals(written) ? STOP_SYLLABLES.contains(folded) : STOP_WORDS.contains(written);
    }

    /** {@link #isStopSyllable(String, String)} for a syllable typed without marks. */
    public static boolean isStopSyllable(String folded) {
        return STOP_SYLLABLES.contains(folded);
    }

    public static Analyzer folded() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(new NfcFilter(source))));
            }
        };
    }

    /**
     * The two spellings of a tone mark on {@code oa}, {@code oe} and {@code uy} at the end of a
     * syllable — the older "hoá, thuỷ" and the newer "hóa, thủy", both taught and both on phone
     * keyboards — made one (the newer), so that a query's marks agree with a text's whichever
     * the writer used. Pattern and replacement per mark, applied in order to each lower-case
     * token; the Elasticsearch analysis runs the same pairs as {@code pattern_replace} filters.
     */
    public static final List<String[]> TONE_PLACEMENT = tonePlacement();

    private static List<String[]> tonePlacement() {
        List<String[]> rules = new ArrayList<>();
        String[][] groups = {{"o", "a", "àáảãạ", "òóỏõọ"}, {"o", "e", "èéẻẽẹ", "òóỏõọ"}, {"u", "y", "ỳýỷỹỵ", "ùúủũụ"}};
        for (String[] g : groups) {
            for (int tone = 0; tone < 5; tone++) {
                // "qu" is a consonant: quý keeps its mark where it is
                String before = g[0].equals("u") ? "(?<!q)" : "";
                rules.add(new String[] {before + g[0] + g[2].charAt(tone) + "$", String.valueOf(g[3].charAt(tone)) + g[1]});
            }
        }
        return List.copyOf(rules);
    }

    /** {@link #TONE_PLACEMENT} on one lower-case word. */
    public static String newerTonePlacement(String word) {
        // nearly every syllable ends in something else: one character test instead of fifteen patterns
        if (word.length() < 2 || TONE_ENDINGS.indexOf(word.charAt(word.length() - 1)) < 0) {
            return word;
        }
        String result = word;
        for (int i = 0; i < TONE_PLACEMENT.size(); i++) {
            result = TONE_PATTERNS.get(i).matcher(result).replaceFirst(TONE_PLACEMENT.get(i)[1]);
        }
        return result;
    }

    /** The marked vowels a rule of {@link #TONE_PLACEMENT} can end with. */
    private static final String TONE_ENDINGS = "àáảãạèéẻẽẹỳýỷỹỵ";

    private static final List<java.util.regex.Pattern> TONE_PATTERNS = TONE_PLACEMENT.stream()
            .map(rule -> java.util.regex.Pattern.compile(rule[0])).toList();

    public static Analyzer exact() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(new NfcFilter(source));
                return new TokenStreamComponents(source, new TonePlacementFilter(stream));
            }
        };
    }

    /** Adjacent folded syllables as one term each ({@code "ha noi"}), no single syllables. */
    public static Analyzer shingles() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                ShingleFilter pairs = new ShingleFilter(new ASCIIFoldingFilter(new LowerCaseFilter(new NfcFilter(source))), 2, 2);
                pairs.setOutputUnigrams(false);
                pairs.setFillerToken("");
                return new TokenStreamComponents(source, pairs);
            }
        };
    }

    /** Folded prefixes of every syllable (1 to 20 characters), for as-you-type title suggestions. */
    public static Analyzer prefixes() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream folded = new ASCIIFoldingFilter(new LowerCaseFilter(new NfcFilter(source)));
                return new TokenStreamComponents(source, new EdgeNGramTokenFilter(folded, 1, 20, true));
            }
        };
    }

    public static Analyzer english() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new EnglishPossessiveFilter(source);
                stream = new ASCIIFoldingFilter(new LowerCaseFilter(stream));
                return new TokenStreamComponents(source, new PorterStemFilter(stream));
            }
        };
    }

    public static Analyzer french() {
        CharArraySet articles = new CharArraySet(List.of("l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu",
                "quoiqu", "lorsqu", "puisqu"), true);
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new ElisionFilter(source, articles);
                stream = new LowerCaseFilter(stream);
                stream = new FrenchLightStemFilter(stream);
                return new TokenStreamComponents(source, new ASCIIFoldingFilter(stream));
            }
        };
    }

    /** Chinese, Japanese and Korean: overlapping pairs of characters. */
    public static Analyzer cjk() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(new CJKWidthFilter(source));
                return new TokenStreamComponents(source, new CJKBigramFilter(stream));
            }
        };
    }

    /** The terms an analyzer makes of a text. */
    public static List<String> terms(Analyzer analyzer, String field, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private static Set<String> loadStopWords() {
        Set<String> words = new HashSet<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                VietnameseAnalysis.class.getResourceAsStream("vietnamese-stopwords.txt"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                String word = Normalizer.normalize(line.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
                if (!word.isEmpty() && !word.contains(" ")) {
                    words.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the Vietnamese stop words", e);
        }
        return Set.copyOf(words);
    }

    /** {@link #newerTonePlacement} on each token (the Elasticsearch analysis runs the same rules as pattern_replace filters). */
    static final class TonePlacementFilter extends TokenFilter {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        TonePlacementFilter(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            int length = term.length();
            if (length >= 2 && TONE_ENDINGS.indexOf(term.charAt(length - 1)) >= 0) {
                String moved = newerTonePlacement(term.toString());
                term.setEmpty().append(moved);
            }
            return true;
        }
    }

    /** Normalises each token to NFC, so text typed with combining marks matches precomposed text. */
    static final class NfcFilter extends TokenFilter {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        NfcFilter(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            String text = term.toString();
            if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
                term.setEmpty().append(Normalizer.normalize(text, Normalizer.Form.NFC));
            }
            return true;
        }
    }
}
