package vn.trithuc.content.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Typo tolerance for folded Vietnamese syllables: "did you mean" corrections taken from the
 * index's own vocabulary (the most frequent syllable within one or two edits of an unknown one),
 * and a fuzzy query for when an exact search finds little.
 */
public final class Spelling {

    private Spelling() {
    }

    /** Edits allowed for a syllable of this length: none for very short ones, where everything is near. */
    public static int maxEdits(String term) {
        return term.length() <= 3 ? 0 : term.length() <= 6 ? 1 : 2;
    }

    /**
     * The query with each syllable unknown in {@code field} replaced by its most frequent near
     * neighbour there, or {@code null} when every syllable is known or none has a neighbour.
     */
    public static String correction(IndexReader reader, String field, String query) throws IOException {
        List<String> terms = VietnameseAnalysis.terms(VietnameseAnalysis.folded(), "q", query);
        Terms vocabulary = MultiTerms.getTerms(reader, field);
        if (terms.isEmpty() || vocabulary == null) {
            return null;
        }
        List<String> corrected = new ArrayList<>(terms.size());
        boolean changed = false;
        for (String term : terms) {
            String better = term;
            if (reader.docFreq(new Term(field, term)) == 0 && maxEdits(term) > 0) {
                FuzzyTermsEnum near = new FuzzyTermsEnum(vocabulary, new Term(field, term), maxEdits(term), 1, true);
                int best = 0;
                BytesRef candidate;
                while ((candidate = near.next()) != null) {
                    int frequency = near.docFreq();
                    if (frequency > best) {
                        best = frequency;
                        better = candidate.utf8ToString();
                    }
                }
                changed |= best > 0;
            }
            corrected.add(better);
        }
        return changed ? String.join(" ", corrected) : null;
    }

    /** Each folded syllable within its allowed edits, in each field (weighted), any may match. */
    public static Query fuzzy(String query, List<VietnameseQuery.Group> groups) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String term : new java.util.LinkedHashSet<>(VietnameseAnalysis.terms(VietnameseAnalysis.folded(), "q", query))) {
            for (VietnameseQuery.Group group : groups) {
                Term t = new Term(group.name(), term);
                Query q = maxEdits(term) == 0 ? new org.apache.lucene.search.TermQuery(t) : new FuzzyQuery(t, maxEdits(term), 1);
                any.add(new BoostQuery(q, group.boost()), Occur.SHOULD);
            }
        }
        return any.build();
    }
}
