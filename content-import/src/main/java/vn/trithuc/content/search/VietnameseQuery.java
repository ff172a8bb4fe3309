package vn.trithuc.content.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import vn.trithuc.content.text.Folding;

/**
 * Turns what a person typed into a Lucene query over text fields indexed with
 * {@link VietnameseAnalysis}. Each text group {@code name} (e.g. title, body) has the fields
 * {@code name} (folded syllables), {@code name_exact} (as written), {@code name_pairs} (adjacent
 * folded syllables) and, for translations, {@code name_en}, {@code name_fr}, {@code name_cjk}.
 *
 * <p>Every content syllable may match in any group (the best group counts, weighted); how many must
 * match is a weight (by default one: requiring all of them lost a tenth of the questions on the
 * relevance benchmark, whose answers use other words); stop syllables add less to the score. Pairs of adjacent syllables and, when the query has tone marks, syllables with the
 * same marks add to the score, so <i>Hà Nội</i> ranks above <i>hạ nội</i> for {@code hà nội}, and
 * both are found by {@code ha noi}. Nothing from the text is parsed as query syntax.
 */
public final class VietnameseQuery {

    /** A text group and its weight (title above headings above body). */
    public record Group(String name, float boost) {
    }

    /** Tuning, measured with the relevance benchmark. */
    public record Weights(float pairs, float exact, float stop, float otherLanguages, int allTermsUpTo,
                          float shareOfLongQueries, float foreignVariants, float restored) {
        /** Best found on XQuAD (see docs/benchmarks.md): any content syllable may match, ranking does the rest. */
        public static final Weights DEFAULT = new Weights(0.8f, 0.5f, 0.6f, 1.0f, 0, 0.0f, 1.0f, 0.5f);
    }

    /** Foreign words this long or longer also match their one-letter variants. */
    static final int FOREIGN_VARIANTS_FROM = 4;

    private static final java.util.regex.Pattern LETTERS = java.util.regex.Pattern.compile("[\\p{L}\\p{M}]+");

    /** Longest query accepted, in characters. */
    public static final int MAX_LENGTH = 1000;

    private final Analyzer folded = VietnameseAnalysis.folded();
    private final Analyzer exact = VietnameseAnalysis.exact();
    private final Analyzer pairs = VietnameseAnalysis.shingles();
    private final Analyzer english = VietnameseAnalysis.english();
    private final Analyzer french = VietnameseAnalysis.french();
    private final Analyzer cjk = VietnameseAnalysis.cjk();
    private final DiacriticRestoration restoration = DiacriticRestoration.standard();
    private final List<Group> groups;
    private final Weights weights;
    private final boolean otherLanguages;

    public VietnameseQuery(List<Group> groups, Weights weights, boolean otherLanguages) {
        this.groups = List.copyOf(groups);
        this.weights = weights;
        this.otherLanguages = otherLanguages;
    }

    /** The query for {@code text}; matches nothing when the text has no searchable characters. */
    public Query build(String text) {
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("Queries have at most " + MAX_LENGTH + " characters");
        }
        List<String> foldedTerms = VietnameseAnalysis.terms(folded, "q", text);
        if (foldedTerms.isEmpty()) {
            return new MatchNoDocsQuery("nothing searchable in the query");
        }
        List<String> exactTerms = VietnameseAnalysis.terms(exact, "q", text);
        List<String> writtenTerms = exactTerms.size() == foldedTerms.size() ? exactTerms : foldedTerms;
        int n = foldedTerms.size();
        // the syllables of a stop phrase ("bao nhiêu", "là gì") only add, whatever each is alone
        boolean[] inStopPhrase = new boolean[n];
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(inStopPhrase, i, i + VietnameseAnalysis.stopPhraseAt(writtenTerms, foldedTerms, i), true);
        }
        Set<String> content = new LinkedHashSet<>();
        Set<String> stop = new LinkedHashSet<>();
        for (int i = 0; i < n; i++) {
            String term = foldedTerms.get(i);
            (inStopPhrase[i] || VietnameseAnalysis.isStopSyllable(writtenTerms.get(i), term) ? stop : content).add(term);
        }
        stop.removeAll(content);
        if (content.isEmpty()) {
            // a query of stop words only ("là gì"): they are all there is to match
            content.addAll(stop);
            stop.clear();
        }

        BooleanQuery.Builder vietnamese = new BooleanQuery.Builder();
        BooleanQuery.Builder required = new BooleanQuery.Builder();
        for (String term : content) {
            required.add(acrossGroups("", term), Occur.SHOULD);
        }
        int contentCount = content.size();
        required.setMinimumNumberShouldMatch(contentCount <= weights.allTermsUpTo() ? contentCount
                : Math.max(1, (int) Math.ceil(contentCount * weights.shareOfLongQueries())));
        vietnamese.add(required.build(), Occur.MUST);
        for (String term : stop) {
            vietnamese.add(new BoostQuery(acrossGroups("", term), weights.stop()), Occur.SHOULD);
        }
        for (String term : content) {
            // names and terms from other languages come in variants: Ottoman/Ottomans, Shelley/Shelly
            if (term.length() >= FOREIGN_VARIANTS_FROM && VietnameseAnalysis.isForeignWord(term)) {
                vietnamese.add(new BoostQuery(variantsAcrossGroups(term), weights.foreignVariants()), Occur.SHOULD);
            }
        }
        for (String pair : new LinkedHashSet<>(VietnameseAnalysis.terms(pairs, "q", text))) {
            vietnamese.add(new BoostQuery(acrossGroups("_pairs", pair), weights.pairs()), Occur.SHOULD);
        }
        if (!exactTerms.equals(foldedTerms)) {
            for (String term : new LinkedHashSet<>(exactTerms)) {
                if (!Folding.fold(term).equals(term)) {
                    vietnamese.add(new BoostQuery(acrossGroups("_exact", term), weights.exact()), Occur.SHOULD);
                }
            }
        } else if (weights.restored() > 0) {
            // typed without marks: the likely reading's content syllables add a little, as marks typed would
            List<String> reading = restoration.restore(foldedTerms);
            Set<String> added = new java.util.HashSet<>();
            for (int i = 0; i < n; i++) {
                String written = reading.get(i);
                if (!written.equals(foldedTerms.get(i)) && content.contains(foldedTerms.get(i)) && added.add(written)) {
                    vietnamese.add(new BoostQuery(acrossGroups("_exact", written), weights.restored()), Occur.SHOULD);
                }
            }
        }
        if (!otherLanguages) {
            return vietnamese.build();
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        any.add(vietnamese.build(), Occur.SHOULD);
        addLanguage(any, english, "_en", text);
        addLanguage(any, french, "_fr", text);
        addLanguage(any, cjk, "_cjk", text);
        return any.build();
    }

    /** A whole title as one term: lower case, NFC, spaces collapsed; folded or as written. */
    public static String titleKey(String title, boolean folded) {
        String lower = java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFC).toLowerCase(java.util.Locale.ROOT);
        if (folded) {
            return Folding.fold(lower).strip().replaceAll("\\s+", " ");
        }
        // each run of letters is a syllable, whatever punctuation follows it
        return LETTERS.matcher(lower.strip().replaceAll("\\s+", " "))
                .replaceAll(word -> java.util.regex.Matcher.quoteReplacement(VietnameseAnalysis.newerTonePlacement(word.group())));
    }

    /**
     * {@code query}, with documents whose whole title is the text first ("hà nội" → the article
     * <i>Hà Nội</i>), those whose title has the same tone marks before the others.
     */
    public static Query withWholeTitle(Query query, String text, String keyField, String exactKeyField) {
        BooleanQuery.Builder boosted = new BooleanQuery.Builder();
        boosted.add(query, Occur.MUST);
        boosted.add(new BoostQuery(new TermQuery(new Term(keyField, titleKey(text, true))), 6f), Occur.SHOULD);
        boosted.add(new BoostQuery(new TermQuery(new Term(exactKeyField, titleKey(text, false))), 3f), Occur.SHOULD);
        return boosted.build();
    }

    /** One term in each group's field with that suffix; the best group's score counts. */
    private Query acrossGroups(String suffix, String term) {
        List<Query> perGroup = new ArrayList<>(groups.size());
        for (Group group : groups) {
            perGroup.add(new BoostQuery(new TermQuery(new Term(group.name() + suffix, term)), group.boost()));
        }
        return new DisjunctionMaxQuery(perGroup, 0.1f);
    }

    /** A word's one-edit variants (the word itself included) in each group's folded field; the best group counts. */
    private Query variantsAcrossGroups(String term) {
        List<Query> perGroup = new ArrayList<>(groups.size());
        for (Group group : groups) {
            perGroup.add(new BoostQuery(new FuzzyQuery(new Term(group.name(), term), 1, 1, 50, true), group.boost()));
        }
        return new DisjunctionMaxQuery(perGroup, 0.1f);
    }

    /** A translation in another language: its own analysis, all terms of short queries required. */
    private void addLanguage(BooleanQuery.Builder any, Analyzer analyzer, String suffix, String text) {
        List<String> terms = new ArrayList<>(new LinkedHashSet<>(VietnameseAnalysis.terms(analyzer, "q", text)));
        if (terms.isEmpty()) {
            return;
        }
        BooleanQuery.Builder language = new BooleanQuery.Builder();
        for (String term : terms) {
            language.add(acrossGroups(suffix, term), Occur.SHOULD);
        }
        int n = terms.size();
        language.setMinimumNumberShouldMatch(n <= weights.allTermsUpTo() ? n : (int) Math.ceil(n * weights.shareOfLongQueries()));
        any.add(new BoostQuery(language.build(), weights.otherLanguages()), Occur.SHOULD);
    }
}
