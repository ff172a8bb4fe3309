package vn.trithuc.knowledge.search;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The Elasticsearch/OpenSearch query DSL for a query built by
 * {@link vn.trithuc.content.search.VietnameseQuery} and {@link vn.trithuc.content.search.Spelling}:
 * the text is analysed in Java once, so the query is made of exact terms, and each Lucene query
 * class has a direct counterpart that scores the same way (term, bool with minimum_should_match,
 * dis_max with tie_breaker, boosts, fuzzy). One query builder therefore serves both backends.
 */
final class ElasticsearchQueries {

    private ElasticsearchQueries() {
    }

    static JsonObject of(Query query) {
        return of(query, 1f);
    }

    private static JsonObject of(Query query, float boost) {
        if (query instanceof BoostQuery boosted) {
            return of(boosted.getQuery(), boost * boosted.getBoost());
        }
        if (query instanceof TermQuery term) {
            JsonObject body = new JsonObject();
            body.addProperty("value", term.getTerm().text());
            boost(body, boost);
            return wrap("term", term.getTerm().field(), body);
        }
        if (query instanceof FuzzyQuery fuzzy) {
            JsonObject body = new JsonObject();
            body.addProperty("value", fuzzy.getTerm().text());
            body.addProperty("fuzziness", fuzzy.getMaxEdits());
            body.addProperty("prefix_length", fuzzy.getPrefixLength());
            body.addProperty("transpositions", fuzzy.getTranspositions());
            boost(body, boost);
            return wrap("fuzzy", fuzzy.getTerm().field(), body);
        }
        if (query instanceof DisjunctionMaxQuery disMax) {
            JsonObject body = new JsonObject();
            JsonArray queries = new JsonArray();
            disMax.getDisjuncts().forEach(q -> queries.add(of(q)));
            body.add("queries", queries);
            body.addProperty("tie_breaker", disMax.getTieBreakerMultiplier());
            boost(body, boost);
            return wrap("dis_max", body);
        }
        if (query instanceof BooleanQuery bool) {
            JsonObject body = new JsonObject();
            for (BooleanClause clause : bool.clauses()) {
                String occur = switch (clause.getOccur()) {
                    case MUST -> "must";
                    case SHOULD -> "should";
                    case FILTER -> "filter";
                    case MUST_NOT -> "must_not";
                };
                if (!body.has(occur)) {
                    body.add(occur, new JsonArray());
                }
                body.getAsJsonArray(occur).add(of(clause.getQuery()));
            }
            if (bool.getMinimumNumberShouldMatch() > 0) {
                body.addProperty("minimum_should_match", bool.getMinimumNumberShouldMatch());
            } else if (body.has("should") && !body.has("must") && !body.has("filter")) {
                // Lucene: a query of SHOULD clauses alone needs one of them; say so rather than rely on defaults
                body.addProperty("minimum_should_match", 1);
            }
            if (body.size() == 0) {
                return wrap("match_none", new JsonObject());
            }
            boost(body, boost);
            return wrap("bool", body);
        }
        if (query instanceof ConstantScoreQuery constant) {
            JsonObject body = new JsonObject();
            body.add("filter", of(constant.getQuery()));
            boost(body, boost);
            return wrap("constant_score", body);
        }
        if (query instanceof MatchAllDocsQuery) {
            JsonObject body = new JsonObject();
            boost(body, boost);
            return wrap("match_all", body);
        }
        if (query instanceof MatchNoDocsQuery) {
            return wrap("match_none", new JsonObject());
        }
        throw new IllegalArgumentException("No Elasticsearch form for " + query.getClass().getSimpleName() + ": " + query);
    }

    private static void boost(JsonObject body, float boost) {
        if (boost != 1f) {
            body.addProperty("boost", boost);
        }
    }

    private static JsonObject wrap(String type, JsonObject body) {
        JsonObject query = new JsonObject();
        query.add(type, body);
        return query;
    }

    private static JsonObject wrap(String type, String field, JsonObject body) {
        JsonObject inner = new JsonObject();
        inner.add(field, body);
        return wrap(type, inner);
    }
}
