package vn.trithuc.knowledge.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

import vn.trithuc.content.search.VietnameseAnalysis;

/**
 * Registers the analyzers of {@link VietnameseAnalysis} with the Lucene backend, by name, so the
 * index is analysed exactly as the relevance benchmark measures it.
 */
public class SearchAnalysisConfigurer implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(VietnameseAnalysis.FOLDED).instance(VietnameseAnalysis.folded());
        context.analyzer(VietnameseAnalysis.EXACT).instance(VietnameseAnalysis.exact());
        context.analyzer(VietnameseAnalysis.SHINGLES).instance(VietnameseAnalysis.shingles());
        context.analyzer(VietnameseAnalysis.PREFIX).instance(VietnameseAnalysis.prefixes());
        context.analyzer(VietnameseAnalysis.ENGLISH).instance(VietnameseAnalysis.english());
        context.analyzer(VietnameseAnalysis.FRENCH).instance(VietnameseAnalysis.french());
        context.analyzer(VietnameseAnalysis.CJK).instance(VietnameseAnalysis.cjk());
    }
}
