package vn.trithuc.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.spatial.DistanceUnit;
import org.hibernate.search.engine.spatial.GeoPoint;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

import vn.trithuc.content.search.SearchText;
import vn.trithuc.content.search.Spelling;
import vn.trithuc.content.search.VietnameseAnalysis;
import vn.trithuc.content.search.VietnameseQuery;
import vn.trithuc.knowledge.article.Article;
import vn.trithuc.web.problem.ProblemException;

/**
 * Full-text search over what readers may see (the index holds only visible articles, at the
 * revision readers see): Vietnamese-first ranking, facets with counts, filters, pagination, "near
 * me", a fuzzy second pass when the exact one finds little, and a "did you mean" correction from
 * the index's vocabulary. The same queries run on either backend: Lucene takes them as Lucene
 * queries, Elasticsearch/OpenSearch as their JSON form ({@link ElasticsearchQueries}), and the
 * correction comes from Lucene's terms or from the term suggester.
 */
@ApplicationScoped
public class SearchService {

    public static final int MAX_PAGE_SIZE = 50;
    public static final int MAX_PAGE = 200;
    static final int SNIPPET_LENGTH = 220;
    /** Fewer exact hits than this try the fuzzy pass too. */
    static final int FEW = 3;
    /** How far exact matches outweigh fuzzy ones when both are shown. */
    static final float EXACT_FIRST = 10f;
    static final List<String> FACETS = List.of("space", "language", "category", "crop", "district", "status", "kind");
    static final List<VietnameseQuery.Group> GROUPS = List.of(new VietnameseQuery.Group("title", 3f),
            new VietnameseQuery.Group("headings", 2f), new VietnameseQuery.Group("body", 1f));

    private final VietnameseQuery queries = new VietnameseQuery(GROUPS, VietnameseQuery.Weights.DEFAULT, true);

    /** Filters on keyword fields; {@code null} or blank means "any". */
    public record Filters(String space, String language, String category, String crop, String district, String status,
                          String kind) {

        static final Filters NONE = new Filters(null, null, null, null, null, null, null);

        Map<String, String> asMap() {
            Map<String, String> map = new LinkedHashMap<>();
            map.put("space", space);
            map.put("language", language);
            map.put("category", category);
            map.put("crop", crop);
            map.put("district", district);
            map.put("status", status);
            map.put("kind", kind);
            map.values().removeIf(v -> v == null || v.isBlank());
            return map;
        }
    }

    /** "Near me": a point and, optionally, a radius in kilometres. */
    public record Near(double latitude, double longitude, Double radiusKm) {
    }

    /** A result. {@code snippet} is HTML: escaped text with the matched words in {@code <mark>}. */
    public record Hit(String space, String slug, String title, String snippet, float score, String language,
                      Double distanceKm) {
    }

    /** One page of results with facet counts (under the other filters) and a correction when one helps. */
    public record Results(String query, long total, List<Hit> hits, Map<String, Map<String, Long>> facets,
                          String suggestion, boolean fuzzy, int page, int size, int pages) {
    }

    @PersistenceContext(unitName = "knowledge")
    EntityManager em;

    /** Whether the index is the embedded Lucene one (else Elasticsearch/OpenSearch); known after the first search. */
    private volatile Boolean lucene;

    @Transactional
    public Results search(String text, Filters filters, Near near, int page, int size) {
        String q = text == null ? "" : text.strip();
        if (q.isEmpty() && near == null) {
            throw new ProblemException("query-required", 400, "Query required", "Type what to search for in q.");
        }
        if (q.length() > VietnameseQuery.MAX_LENGTH) {
            throw new ProblemException("query-too-long", 400, "Query too long",
                    "A query has at most " + VietnameseQuery.MAX_LENGTH + " characters.");
        }
        if (page < 1 || page > MAX_PAGE) {
            throw new ProblemException("invalid-page", 400, "Invalid page", "Pages run from 1 to " + MAX_PAGE + ".");
        }
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        Filters f = filters == null ? Filters.NONE : filters;
        SearchSession session = Search.session(em);

        Query exact = q.isEmpty() ? null : VietnameseQuery.withWholeTitle(queries.build(q), q, "title_key", "title_exact_key");
        SearchResult<Scored> result = run(session, exact, f, near, page, pageSize);
        boolean fuzzy = false;
        String suggestion = null;
        if (exact != null) {
            // a syllable the index has never seen is a typo more often than not
            suggestion = correction(session, q);
        }
        if (exact != null && result.total().hitCount() < FEW) {
            // the fuzzy pass keeps the exact matches first, in their order (marks typed, pairs, title)
            BooleanQuery.Builder both = new BooleanQuery.Builder();
            both.add(new BoostQuery(exact, EXACT_FIRST), BooleanClause.Occur.SHOULD);
            both.add(Spelling.fuzzy(q, GROUPS), BooleanClause.Occur.SHOULD);
            SearchResult<Scored> second = run(session, both.build(), f, near, page, pageSize);
            if (second.total().hitCount() > result.total().hitCount()) {
                result = second;
                fuzzy = true;
            }
        }
        List<Hit> hits = new ArrayList<>();
        java.util.Set<String> marked = SearchText.terms(q);
        for (Scored scored : result.hits()) {
            hits.add(new Hit(scored.space(), scored.slug(), scored.title(), SearchText.snippet(scored.text() == null ? "" : scored.text(), marked, SNIPPET_LENGTH),
                    scored.score(), scored.language(), near == null || scored.location() == null ? null
                            : distanceKm(scored.location(), near)));
        }
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        for (String facet : facetsFor(f)) {
            facets.put(facet, result.aggregation(AggregationKey.<Map<String, Long>>of(facet)));
        }
        long total = result.total().hitCount();
        int pages = (int) Math.min(MAX_PAGE, Math.max(1, (total + pageSize - 1) / pageSize));
        return new Results(q, total, hits, facets, suggestion, fuzzy, page, pageSize, pages);
    }

    /** Titles starting with what was typed, diacritics or not ({@code /api/suggest}). */
    @Transactional
    public List<Hit> suggest(String text, int limit) {
        String q = text == null ? "" : text.strip();
        if (q.isEmpty()) {
            return List.of();
        }
        if (q.length() > 200) {
            throw new ProblemException("query-too-long", 400, "Query too long", "Suggestions take at most 200 characters.");
        }
        // NFC as the index has it (the Elasticsearch analysis has no normalisation filter)
        String typed = java.text.Normalizer.normalize(q, java.text.Normalizer.Form.NFC);
        return Search.session(em).search(Article.class)
                .where(p -> p.bool()
                        .must(p.match().field("title_prefix").matching(typed).minimumShouldMatchPercent(100))
                        .should(p.match().field("title").matching(typed).boost(2f)))
                .fetchHits(Math.max(1, Math.min(limit, 20))).stream()
                .map(a -> new Hit(a.spaceKey(), a.slug(), a.title(), null, 0f, a.language(), null))
                .toList();
    }

    /**
     * The facets worth counting: every facet costs a pass over all matching documents, so the
     * agriculture facets (crop, district) come with the agriculture space's filter and the kind of
     * place with the tourism space's; the others always.
     */
    static List<String> facetsFor(Filters filters) {
        String space = filters.space() == null ? "" : filters.space().strip();
        return FACETS.stream().filter(facet -> switch (facet) {
            case "crop", "district" -> space.equals("agriculture");
            case "kind" -> space.equals("tourism");
            default -> true;
        }).toList();
    }

    /** A hit as projected from the index: no database round trip per result. */
    record Scored(String space, String slug, String title, String language, String text, GeoPoint location, Float score) {
    }

    private SearchResult<Scored> run(SearchSession session, Query query, Filters filters, Near near, int page, int size) {
        Map<String, String> active = filters.asMap();
        var search = session.search(Article.class)
                .select(f -> f.composite().from(f.field("space", String.class), f.field("hit_slug", String.class),
                        f.field("hit_title", String.class), f.field("language", String.class), f.field("hit_text", String.class),
                        f.field("location", GeoPoint.class), f.score())
                        .asArray(v -> new Scored((String) v[0], (String) v[1], (String) v[2], (String) v[3], (String) v[4],
                                (GeoPoint) v[5], (Float) v[6])))
                .where(p -> {
                    BooleanPredicateClausesStep<?> bool = p.bool();
                    bool.must(query == null ? p.matchAll() : nativeQuery(p, query));
                    active.forEach((field, value) -> bool.filter(p.match().field(field).matching(value.strip())));
                    if (near != null && near.radiusKm() != null) {
                        bool.filter(p.spatial().within().field("location")
                                .circle(near.latitude(), near.longitude(), near.radiusKm(), DistanceUnit.KILOMETERS));
                    } else if (near != null) {
                        bool.filter(p.exists().field("location"));
                    }
                    return bool;
                });
        for (String facet : facetsFor(filters)) {
            search = search.aggregation(AggregationKey.<Map<String, Long>>of(facet),
                    a -> a.terms().field(facet, String.class).maxTermCount(facet.equals("category") ? 30 : 20));
        }
        if (near != null) {
            search = search.sort(s -> s.distance("location", GeoPoint.of(near.latitude(), near.longitude())));
        }
        return search.fetch((page - 1) * size, size);
    }

    /** The query in the backend's own form: a Lucene query, or its Elasticsearch JSON. */
    private PredicateFinalStep nativeQuery(SearchPredicateFactory p, Query query) {
        return isLucene() ? p.extension(LuceneExtension.get()).fromLuceneQuery(query)
                : p.extension(ElasticsearchExtension.get()).fromJson(ElasticsearchQueries.of(query));
    }

    private boolean isLucene() {
        Boolean known = lucene;
        if (known == null) {
            try {
                Search.mapping(em.getEntityManagerFactory()).backend().unwrap(LuceneBackend.class);
                known = true;
            } catch (org.hibernate.search.util.common.SearchException notLucene) {
                known = false;
            }
            lucene = known;
        }
        return known;
    }

    /** The correction from the index's current vocabulary: the body's words first, else the titles'. */
    private String correction(SearchSession session, String q) {
        if (!isLucene()) {
            return suggested(session, VietnameseAnalysis.terms(VietnameseAnalysis.folded(), "q", q));
        }
        // a reader per call, so new words count at once
        try (IndexReader reader = session.scope(Article.class).extension(LuceneExtension.get()).openIndexReader()) {
            String better = Spelling.correction(reader, "body", q);
            return better == null ? Spelling.correction(reader, "title", q) : better;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@link Spelling#correction} on Elasticsearch/OpenSearch: the term suggester, for each folded
     * syllable the index lacks, with the same edit distances, picks the most frequent neighbour —
     * in the body, else in the titles, both asked in one request.
     */
    private String suggested(SearchSession session, List<String> terms) {
        JsonObject suggest = new JsonObject();
        for (String field : List.of("body", "title")) {
            for (int i = 0; i < terms.size(); i++) {
                int edits = Spelling.maxEdits(terms.get(i));
                if (edits == 0) {
                    continue;
                }
                JsonObject term = new JsonObject();
                term.addProperty("field", field);
                term.addProperty("suggest_mode", "missing");
                term.addProperty("sort", "frequency");
                term.addProperty("max_edits", edits);
                term.addProperty("prefix_length", 1);
                term.addProperty("min_word_length", 1);
                term.addProperty("size", 1);
                JsonObject entry = new JsonObject();
                entry.addProperty("text", terms.get(i));
                entry.add("term", term);
                suggest.add(field + i, entry);
            }
        }
        if (suggest.size() == 0) {
            return null;
        }
        JsonObject answers = session.search(Article.class).extension(ElasticsearchExtension.get())
                .where(p -> p.matchNone())
                .requestTransformer(context -> context.body().add("suggest", suggest))
                .fetch(0).responseBody().getAsJsonObject("suggest");
        String better = corrected(answers, "body", terms);
        return better == null ? corrected(answers, "title", terms) : better;
    }

    /** The terms with the suggester's first option for {@code field} in place, or null when none has one. */
    private static String corrected(JsonObject answers, String field, List<String> terms) {
        List<String> corrected = new ArrayList<>(terms);
        boolean changed = false;
        for (int i = 0; i < terms.size(); i++) {
            JsonElement entries = answers == null ? null : answers.get(field + i);
            if (entries == null || !entries.isJsonArray() || entries.getAsJsonArray().isEmpty()) {
                continue;
            }
            JsonArray options = entries.getAsJsonArray().get(0).getAsJsonObject().getAsJsonArray("options");
            if (options != null && !options.isEmpty()) {
                corrected.set(i, options.get(0).getAsJsonObject().get("text").getAsString());
                changed = true;
            }
        }
        return changed ? String.join(" ", corrected) : null;
    }

    /** Great-circle distance between a place and "near me", in kilometres, one decimal. */
    static double distanceKm(GeoPoint place, Near near) {
        double dLat = Math.toRadians(place.latitude() - near.latitude());
        double dLon = Math.toRadians(place.longitude() - near.longitude());
        double a = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(near.latitude()))
                * Math.cos(Math.toRadians(place.latitude())) * Math.pow(Math.sin(dLon / 2), 2);
        return Math.round(6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a)) * 10) / 10.0;
    }
}
