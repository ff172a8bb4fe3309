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

    /** The stop-word list's lines, lower case, NFC. */
    private static final List<String> STOP_LIST = loadStopList();
    /** One-syllable stop words as written (lower case, NFC), and the same folded. */
    private static final Set<String> STOP_WORDS = STOP_LIST.stream().filter(w -> !w.contains(" "))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Set<String> STOP_SYLLABLES = STOP_WORDS.stream().map(Folding::fold)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** The longest stop phrase looked for in a query, in syllables. */
    public static final int LONGEST_STOP_PHRASE = 3;
    /** Stop phrases of two or more syllables ("bao nhiêu", "khi nào"), syllables as the exact analysis writes them, and folded. */
    private static final Set<String> STOP_PHRASES = stopPhrases(false);
    private static final Set<String> STOP_PHRASES_FOLDED = stopPhrases(true);
    /**
     * For a folded syllable that some stop word folds to, the share of its written uses in
     * Vietnamese Wikipedia that are stop words ("duoc": 99 % "được"; "thuoc": 86 % "thuộc", the
     * rest "thuốc", "thước"), made by {@code vn.trithuc.benchmarks.search.StopShares}.
     */
    private static final java.util.Map<String, Float> STOP_SHARES = loadStopShares();
    /** A syllable typed without marks is judged a stop word when at least this share of its uses are. */
    static final float STOP_SHARE = 0.9f;
    /** The shape of a Vietnamese syllable, folded: initial consonant, vowels, final consonant. */
    private static final java.util.regex.Pattern VIETNAMESE_SYLLABLE = java.util.regex.Pattern.compile(
            "(ngh|ng|nh|ch|tr|th|ph|kh|gh|gi|qu|[bcdghklmnprstvx])?"
            + "(uye|uya|uyu|oai|oay|oeo|uay|uoi|uou|ieu|yeu|ie|ye|ua|uo|ia|oa|oe|uy|ue|ai|ao|au|ay|eo|eu|iu|oi|ui|a|e|i|o|u|y)"
            + "(ch|nh|ng|c|m|n|p|t|i|y|o|u)?");

    private VietnameseAnalysis() {
    }

    /**
     * Whether a syllable of a query carries little meaning alone ("của", "và", "là"…), from the
     * stop-word list. A syllable typed with its marks is judged as written, so "đen" (black) and
     * "lục" (continent) stay meaningful although "đến" and "lúc" are stop words; one typed without
     * marks ({@code folded} equal to {@code written}) can only be judged folded.
     */
    public static boolean isStopSyllable(String written, String folded) {
        if (!folded.equals(written)) {
            return STOP_WORDS.contains(written);
        }
        // typed without marks: a stop word when most of the syllable's uses are ("duoc"), not when
        // a stop word is only one of its readings ("thuoc" is "thuộc", but also "thuốc", medicine)
        Float share = STOP_SHARES.get(folded);
        return share == null ? STOP_SYLLABLES.contains(folded) : share >= STOP_SHARE;
    }

    /** {@link #isStopSyllable(String, String)} for a syllable typed without marks. */
    public static boolean isStopSyllable(String folded) {
        return isStopSyllable(folded, folded);
    }

    /**
     * The length, in syllables, of the longest stop phrase of the list ("bao nhiêu", "là gì",
     * "được cho là") that starts at {@code start} of a query's syllables, or 0. Judged as written
     * when the phrase was typed with marks, folded when it was typed without.
     *
     * @param written the query's syllables from the exact analysis
     * @param folded  the same syllables folded (as many as {@code written})
     */
    public static int stopPhraseAt(List<String> written, List<String> folded, int start) {
        for (int length = Math.min(LONGEST_STOP_PHRASE, folded.size() - start); length >= 2; length--) {
            List<String> asWritten = written.subList(start, start + length);
            List<String> asFolded = folded.subList(start, start + length);
            boolean marked = !asWritten.equals(asFolded);
            if ((marked ? STOP_PHRASES : STOP_PHRASES_FOLDED).contains(String.join(" ", marked ? asWritten : asFolded))) {
                return length;
            }
        }
        return 0;
    }

    /**
     * Whether a folded token cannot be a Vietnamese syllable ("huguenot", "ottoman", "plastome"):
     * letters only, and not the shape initial consonant, vowels, final consonant. Such words,
     * mostly names and terms from other languages, are the ones written with variants (plurals,
     * transliterations, typos) that a one-letter difference should still find.
     */
    public static boolean isForeignWord(String folded) {
        return lettersOnly(folded) && !VIETNAMESE_SYLLABLE.matcher(folded).matches();
    }

    /** Whether a folded token has the shape of a Vietnamese syllable (initial consonant, vowels, final consonant). */
    public static boolean isSyllableShaped(String folded) {
        return lettersOnly(folded) && VIETNAMESE_SYLLABLE.matcher(folded).matches();
    }

    private static boolean lettersOnly(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (!Character.isLetter(token.charAt(i))) {
                return false;
            }
        }
        return !token.isEmpty();
    }

    /**
     * BM25's term-frequency saturation and length normalisation for the knowledge index, lower than
     * Lucene's defaults (1.2, 0.75): on the relevance benchmark a paragraph that repeats a word or
     * runs long earns less, the typed questions' MRR@10 is about the same and the questions without
     * marks gain 0.2 points (see docs/benchmarks.md). The Elasticsearch/OpenSearch index gets the same
     * through its settings ({@code search/opensearch-settings.json}).
     */
    public static final float BM25_K1 = 0.9f;
    public static final float BM25_B = 0.6f;

    /** The similarity the knowledge index is written and searched with. */
    public static org.apache.lucene.search.similarities.Similarity similarity() {
        return new org.apache.lucene.search.similarities.BM25Similarity(BM25_K1, BM25_B);
    }

    public static Analyzer folded() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new LowerCaseFoldingFilter(new NfcFilter(source)));
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

    /**
     * {@link #TONE_PLACEMENT} on one lower-case word: the same rules written out as character
     * tests (each rule looks at the last two letters, and at most one can apply), since the
     * analysis runs this on every syllable that ends in a marked vowel ("và", "là", "đã"…).
     */
    public static String newerTonePlacement(String word) {
        int n = word.length();
        if (n < 2) {
            return word;
        }
        char moved = movedMark(word.charAt(n - 2), word.charAt(n - 1), n > 2 ? word.charAt(n - 3) : ' ');
        return moved == 0 ? word : word.substring(0, n - 2) + moved + unmarked(word.charAt(n - 1));
    }

    /** The marked first vowel when a rule applies to the ending {@code before first last}, else 0. */
    private static char movedMark(char first, char last, char before) {
        int tone;
        if (first == 'o') {
            tone = MARKED_A.indexOf(last);
            if (tone < 0) {
                tone = MARKED_E.indexOf(last);
            }
            return tone < 0 ? 0 : MARKED_O.charAt(tone);
        }
        // "qu" is a consonant: quý keeps its mark where it is
        if (first == 'u' && before != 'q' && (tone = MARKED_Y.indexOf(last)) >= 0) {
            return MARKED_U.charAt(tone);
        }
        return 0;
    }

    private static char unmarked(char vowel) {
        return MARKED_A.indexOf(vowel) >= 0 ? 'a' : MARKED_E.indexOf(vowel) >= 0 ? 'e' : 'y';
    }

    private static final String MARKED_A = "àáảãạ";
    private static final String MARKED_E = "èéẻẽẹ";
    private static final String MARKED_Y = "ỳýỷỹỵ";
    private static final String MARKED_O = "òóỏõọ";
    private static final String MARKED_U = "ùúủũụ";

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
                return new TokenStreamComponents(source, new PairFilter(new LowerCaseFoldingFilter(new NfcFilter(source))));
            }
        };
    }

    /** Folded prefixes of every syllable (1 to 20 characters), for as-you-type title suggestions. */
    public static Analyzer prefixes() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream folded = new LowerCaseFoldingFilter(new NfcFilter(source));
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

    private static List<String> loadStopList() {
        List<String> words = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                VietnameseAnalysis.class.getResourceAsStream("vietnamese-stopwords.txt"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                String word = Normalizer.normalize(line.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the Vietnamese stop words", e);
        }
        return List.copyOf(words);
    }

    private static Set<String> stopPhrases(boolean folded) {
        Set<String> phrases = new HashSet<>();
        for (String phrase : STOP_LIST) {
            if (phrase.contains(" ")) {
                List<String> syllables = new ArrayList<>();
                for (String syllable : phrase.split(" +")) {
                    syllables.add(folded ? Folding.fold(syllable) : newerTonePlacement(syllable));
                }
                phrases.add(String.join(" ", syllables));
            }
        }
        return Set.copyOf(phrases);
    }

    private static java.util.Map<String, Float> loadStopShares() {
        java.util.Map<String, Float> shares = new java.util.HashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                VietnameseAnalysis.class.getResourceAsStream("vietnamese-stop-shares.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] fields = line.split("\t");
                    shares.put(fields[0], Float.parseFloat(fields[1]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the Vietnamese stop-word shares", e);
        }
        return java.util.Map.copyOf(shares);
    }

    /** The stop-word list's one-syllable words (lower case, NFC), for tools that derive data from them. */
    public static Set<String> stopWords() {
        return STOP_WORDS;
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
            int n = term.length();
            if (n >= 2) {
                char[] buffer = term.buffer();
                char moved = movedMark(buffer[n - 2], buffer[n - 1], n > 2 ? buffer[n - 3] : ' ');
                if (moved != 0) {
                    buffer[n - 1] = unmarked(buffer[n - 1]);
                    buffer[n - 2] = moved;
                }
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
            char[] buffer = term.buffer();
            for (int i = 0, n = term.length(); i < n; i++) {
                char c = buffer[i];
                // below U+0300 and the precomposed Latin (Vietnamese) letters everything is NFC already
                if (c >= 0x300 && (c < 0x1E00 || c > 0x1EFF)) {
                    String text = term.toString();
                    if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
                        term.setEmpty().append(Normalizer.normalize(text, Normalizer.Form.NFC));
                    }
                    return true;
                }
            }
            return true;
        }
    }

    /**
     * {@link LowerCaseFilter} followed by {@link ASCIIFoldingFilter} in one pass, from a table of
     * what the two make of each UTF-16 character (built from those filters, so the terms are the
     * same as theirs — and as the Elasticsearch analysis's {@code lowercase, asciifolding}). The
     * stock folding filter is a switch of some 1,400 cases that costs a quarter of indexing time
     * on Vietnamese text, where most syllables have a marked letter. Tokens with a character
     * that folds to several ({@code ß} → {@code ss}) or a surrogate pair take the stock path.
     */
    static final class LowerCaseFoldingFilter extends TokenFilter {

        /** Lower case and folded form of each character; 0 where it is not one character. */
        private static final char[] FOLDED = foldingTable();

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private char[] output = new char[64];

        LowerCaseFoldingFilter(TokenStream input) {
            super(input);
        }

        private static char[] foldingTable() {
            char[] table = new char[Character.MAX_VALUE + 1];
            char[] out = new char[8];
            for (int c = 1; c <= Character.MAX_VALUE; c++) {
                if (Character.isSurrogate((char) c)) {
                    continue;
                }
                int lower = Character.toLowerCase(c);
                if (lower > Character.MAX_VALUE) {
                    continue;
                }
                if (ASCIIFoldingFilter.foldToASCII(new char[] {(char) lower}, 0, out, 0, 1) == 1) {
                    table[c] = out[0];
                }
            }
            return table;
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            char[] buffer = term.buffer();
            int length = term.length();
            for (int i = 0; i < length; i++) {
                if (FOLDED[buffer[i]] == 0) {
                    stockPath(buffer, length);
                    return true;
                }
            }
            for (int i = 0; i < length; i++) {
                buffer[i] = FOLDED[buffer[i]];
            }
            return true;
        }

        /** What the two stock filters do, for the rare token the table does not cover. */
        private void stockPath(char[] buffer, int length) {
            org.apache.lucene.analysis.CharacterUtils.toLowerCase(buffer, 0, length);
            int max = 4 * length;
            if (output.length < max) {
                output = new char[org.apache.lucene.util.ArrayUtil.oversize(max, Character.BYTES)];
            }
            int outputLength = ASCIIFoldingFilter.foldToASCII(buffer, 0, output, 0, length);
            term.copyBuffer(output, 0, outputLength);
        }
    }

    /**
     * Each two adjacent terms as one ({@code "benh vien"}), no single terms: what
     * {@link ShingleFilter} makes with shingles of exactly two, no unigrams and an empty filler
     * (the Elasticsearch analysis's {@code vi_pairs}), for token streams without position gaps
     * (the standard tokenizer leaves none), without its window of captured states.
     */
    static final class PairFilter extends TokenFilter {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final org.apache.lucene.analysis.tokenattributes.OffsetAttribute offset =
                addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
        private final org.apache.lucene.analysis.tokenattributes.TypeAttribute type =
                addAttribute(org.apache.lucene.analysis.tokenattributes.TypeAttribute.class);
        private final org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute increment =
                addAttribute(org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute.class);
        private char[] previous = new char[32];
        private char[] scratch = new char[32];
        private int previousLength;
        private int previousStart;
        private int pendingIncrement;
        private boolean first;

        PairFilter(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            while (input.incrementToken()) {
                int length = term.length();
                int start = offset.startOffset();
                if (first) {
                    first = false;
                    previous = keep(previous, length);
                    previousLength = length;
                    previousStart = start;
                    pendingIncrement = increment.getPositionIncrement();
                    continue;
                }
                // this term into scratch, the pair into the term, then this term becomes the previous one
                scratch = keep(scratch, length);
                char[] pair = term.resizeBuffer(previousLength + 1 + length);
                System.arraycopy(previous, 0, pair, 0, previousLength);
                pair[previousLength] = ' ';
                System.arraycopy(scratch, 0, pair, previousLength + 1, length);
                term.setLength(previousLength + 1 + length);
                offset.setOffset(previousStart, offset.endOffset());
                type.setType(ShingleFilter.DEFAULT_TOKEN_TYPE);
                increment.setPositionIncrement(pendingIncrement);
                char[] swap = previous;
                previous = scratch;
                scratch = swap;
                previousLength = length;
                previousStart = start;
                pendingIncrement = 1;
                return true;
            }
            return false;
        }

        /** The current term copied into {@code into} (grown when short). */
        private char[] keep(char[] into, int length) {
            char[] target = into.length < length ? new char[org.apache.lucene.util.ArrayUtil.oversize(length, Character.BYTES)] : into;
            System.arraycopy(term.buffer(), 0, target, 0, length);
            return target;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            first = true;
        }
    }
}
