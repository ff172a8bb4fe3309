package vn.trithuc.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import com.google.gson.JsonObject;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.PrefixQuery;
import org.junit.jupiter.api.Test;

import vn.trithuc.content.search.Spelling;
import vn.trithuc.content.search.VietnameseQuery;

class ElasticsearchQueriesTest {

    private final VietnameseQuery queries = new VietnameseQuery(SearchService.GROUPS, VietnameseQuery.Weights.DEFAULT, true);

    @Test
    void vietnameseQueryBecomesTermsDisMaxAndBoolsWithTheSameBoosts() {
        JsonObject json = ElasticsearchQueries.of(VietnameseQuery.withWholeTitle(queries.build("hà nội"), "hà nội",
                "title_key", "title_exact_key"));
        String text = json.toString();
        // the whole-title boosts
        assertThat(text).contains("{\"term\":{\"title_key\":{\"value\":\"ha noi\",\"boost\":6.0}}}",
                "{\"term\":{\"title_exact_key\":{\"value\":\"hà nội\",\"boost\":3.0}}}");
        // folded syllables in every group (title weighted 3, headings 2), the best group counting with a 0.1 tie breaker
        assertThat(text).contains("{\"term\":{\"title\":{\"value\":\"ha\",\"boost\":3.0}}}",
                "{\"term\":{\"headings\":{\"value\":\"ha\",\"boost\":2.0}}}", "{\"term\":{\"body\":{\"value\":\"ha\"}}}",
                "\"tie_breaker\":0.1");
        // the adjacent pair and the marks typed add to the score
        assertThat(text).contains("\"title_pairs\":{\"value\":\"ha noi\"", "\"body_exact\":{\"value\":\"hà\"");
        assertThat(json.getAsJsonObject("bool").getAsJsonArray("must")).hasSize(1);
        assertThat(json.getAsJsonObject("bool").getAsJsonArray("should")).hasSize(2);
    }

    @Test
    void fuzzyQueriesKeepTheirEditsAndPrefix() {
        String text = ElasticsearchQueries.of(Spelling.fuzzy("ngiep", List.of(new VietnameseQuery.Group("body", 1f)))).toString();
        assertThat(text).isEqualTo("{\"bool\":{\"should\":[{\"fuzzy\":{\"body\":{\"value\":\"ngiep\",\"fuzziness\":1,"
                + "\"prefix_length\":1,\"transpositions\":true}}}],\"minimum_should_match\":1}}");
    }

    @Test
    void nothingSearchableMatchesNothing() {
        assertThat(ElasticsearchQueries.of(queries.build("!!!")).toString()).isEqualTo("{\"match_none\":{}}");
    }

    @Test
    void unknownQueryClassesAreRefusedNotGuessed() {
        assertThatThrownBy(() -> ElasticsearchQueries.of(new PrefixQuery(new Term("title", "ha"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PrefixQuery");
    }
}
