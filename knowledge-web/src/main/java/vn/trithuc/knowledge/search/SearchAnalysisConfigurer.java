package vn.trithuc.knowledge.search;

import java.util.ArrayList;
import java.util.List;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

import vn.trithuc.content.search.VietnameseAnalysis;

/**
 * Registers the analyzers of {@link VietnameseAnalysis} by name, for whichever backend runs.
 * Lucene gets the very instances the relevance benchmark measures. Elasticsearch/OpenSearch gets
 * the same chains built from its standard components (the Lucene filters behind them are the
 * same classes), so both backends index the same terms and {@link vn.trithuc.content.search.VietnameseQuery}'s pre-analysed
 * queries mean the same on either; the one step OpenSearch has no filter for without a plugin,
 * NFC normalisation, is done on the text before it is indexed ({@link ArticleIndexBinder}) and on
 * the query before it is sent.
 */
public class SearchAnalysisConfigurer implements LuceneAnalysisConfigurer, ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.similarity(VietnameseAnalysis.similarity());
        context.analyzer(VietnameseAnalysis.FOLDED).instance(VietnameseAnalysis.folded());
        context.analyzer(VietnameseAnalysis.EXACT).instance(VietnameseAnalysis.exact());
        context.analyzer(VietnameseAnalysis.SHINGLES).instance(VietnameseAnalysis.shingles());
        context.analyzer(VietnameseAnalysis.PREFIX).instance(VietnameseAnalysis.prefixes());
        context.analyzer(VietnameseAnalysis.ENGLISH).instance(VietnameseAnalysis.english());
        context.analyzer(VietnameseAnalysis.FRENCH).instance(VietnameseAnalysis.french());
        context.analyzer(VietnameseAnalysis.CJK).instance(VietnameseAnalysis.cjk());
    }

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter("vi_pairs").type("shingle")
                .param("min_shingle_size", 2).param("max_shingle_size", 2)
                .param("output_unigrams", false).param("filler_token", "");
        context.tokenFilter("vi_edges").type("edge_ngram")
                .param("min_gram", 1).param("max_gram", 20).param("preserve_original", true);
        context.tokenFilter("en_possessive").type("stemmer").param("language", "possessive_english");
        context.tokenFilter("fr_elision").type("elision").param("articles_case", true)
                .param("articles", "l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu");
        context.tokenFilter("fr_light_stem").type("stemmer").param("language", "light_french");

        context.analyzer(VietnameseAnalysis.FOLDED).custom().tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding");
        List<String> exact = new ArrayList<>(List.of("lowercase"));
        for (int i = 0; i < VietnameseAnalysis.TONE_PLACEMENT.size(); i++) {
            String[] rule = VietnameseAnalysis.TONE_PLACEMENT.get(i);
            context.tokenFilter("vi_tone_" + i).type("pattern_replace").param("pattern", rule[0]).param("replacement", rule[1]);
            exact.add("vi_tone_" + i);
        }
        context.analyzer(VietnameseAnalysis.EXACT).custom().tokenizer("standard")
                .tokenFilters(exact.toArray(String[]::new));
        context.analyzer(VietnameseAnalysis.SHINGLES).custom().tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding", "vi_pairs");
        context.analyzer(VietnameseAnalysis.PREFIX).custom().tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding", "vi_edges");
        context.analyzer(VietnameseAnalysis.ENGLISH).custom().tokenizer("standard")
                .tokenFilters("en_possessive", "lowercase", "asciifolding", "porter_stem");
        context.analyzer(VietnameseAnalysis.FRENCH).custom().tokenizer("standard")
                .tokenFilters("fr_elision", "lowercase", "fr_light_stem", "asciifolding");
        context.analyzer(VietnameseAnalysis.CJK).custom().tokenizer("standard")
                .tokenFilters("cjk_width", "lowercase", "cjk_bigram");
    }
}
