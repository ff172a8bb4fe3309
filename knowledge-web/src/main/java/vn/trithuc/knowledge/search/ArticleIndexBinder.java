package vn.trithuc.knowledge.search;

import java.util.List;
import java.util.Map;

import org.hibernate.Session;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.dsl.IndexFieldTypeFactory;
import org.hibernate.search.engine.spatial.GeoPoint;
import org.hibernate.search.mapper.orm.HibernateOrmExtension;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

import vn.trithuc.content.search.SearchText;
import vn.trithuc.content.search.VietnameseAnalysis;
import vn.trithuc.content.search.VietnameseQuery;
import vn.trithuc.knowledge.agriculture.AgriNote;
import vn.trithuc.knowledge.agriculture.AgriView;
import vn.trithuc.knowledge.article.Article;
import vn.trithuc.knowledge.article.Revision;
import vn.trithuc.knowledge.tourism.TourismPlace;

/**
 * What the index holds of an article: the readers' revision as text groups (title, headings, body)
 * analysed for the article's language — Vietnamese three ways (folded, exact, adjacent pairs) —,
 * title prefixes for suggestions, and keyword fields for facets and filters (space, language,
 * categories, crop, district, status, kind of place) and the place for "near me".
 */
public class ArticleIndexBinder implements TypeBinder {

    /** The layout of the index; raise it when fields change, and the next start rebuilds the index. */
    public static final int VERSION = 3;

    static final List<String> GROUPS = List.of("title", "headings", "body");
    /** How much of the text the index keeps for snippets. */
    static final int HIT_TEXT = 4_000;
    /** Field suffix by language; Vietnamese has three fields per group (no suffix, _exact, _pairs). */
    static final Map<String, String> OTHER_LANGUAGES = Map.of("en", "_en", "fr", "_fr", "zh", "_cjk", "ja", "_cjk", "ko", "_cjk");

    @Override
    public void bind(TypeBindingContext context) {
        // the bridge reads the readers' revision, categories, place and note through the session;
        // every change to them moves the article's updated_at (a new revision, an approval,
        // Article.touch), so that is the dependency that triggers reindexing
        context.dependencies().use("updatedAt").use("title").use("slug").use("language").use("redirectTo");
        IndexSchemaElement schema = context.indexSchemaElement();
        IndexFieldTypeFactory f = context.typeFactory();
        Fields fields = new Fields();
        for (String group : GROUPS) {
            fields.text.put(group, schema.field(group, f.asString().analyzer(VietnameseAnalysis.FOLDED)).toReference());
            fields.text.put(group + "_exact", schema.field(group + "_exact", f.asString().analyzer(VietnameseAnalysis.EXACT)).toReference());
            fields.text.put(group + "_pairs", schema.field(group + "_pairs", f.asString().analyzer(VietnameseAnalysis.SHINGLES)).toReference());
            fields.text.put(group + "_en", schema.field(group + "_en", f.asString().analyzer(VietnameseAnalysis.ENGLISH)).toReference());
            fields.text.put(group + "_fr", schema.field(group + "_fr", f.asString().analyzer(VietnameseAnalysis.FRENCH)).toReference());
            fields.text.put(group + "_cjk", schema.field(group + "_cjk", f.asString().analyzer(VietnameseAnalysis.CJK)).toReference());
        }
        // what a result shows, read from the index rather than loaded from the database
        for (String stored : List.of("hit_slug", "hit_title", "hit_text")) {
            fields.stored.put(stored, schema.field(stored, f.asString().projectable(Projectable.YES)
                    .searchable(Searchable.NO)).toReference());
        }
        fields.titleKey = schema.field("title_key", f.asString()).toReference();
        fields.titleExactKey = schema.field("title_exact_key", f.asString()).toReference();
        fields.prefix = schema.field("title_prefix", f.asString().analyzer(VietnameseAnalysis.PREFIX)
                .searchAnalyzer(VietnameseAnalysis.FOLDED)).toReference();
        for (String keyword : List.of("space", "language", "crop", "district", "status", "kind")) {
            fields.keywords.put(keyword, schema.field(keyword, f.asString().aggregable(Aggregable.YES)
                    .projectable(Projectable.YES)).toReference());
        }
        fields.category = schema.field("category", f.asString().aggregable(Aggregable.YES)).multiValued().toReference();
        fields.location = schema.field("location", f.asGeoPoint().sortable(Sortable.YES).searchable(Searchable.YES)
                .projectable(Projectable.YES)).toReference();
        context.bridge(Article.class, new Bridge(fields));
    }

    /** The references to the index fields, filled at boot. */
    static final class Fields {
        final Map<String, IndexFieldReference<String>> text = new java.util.HashMap<>();
        final Map<String, IndexFieldReference<String>> keywords = new java.util.HashMap<>();
        final Map<String, IndexFieldReference<String>> stored = new java.util.HashMap<>();
        IndexFieldReference<String> prefix;
        IndexFieldReference<String> titleKey;
        IndexFieldReference<String> titleExactKey;
        IndexFieldReference<String> category;
        IndexFieldReference<GeoPoint> location;
    }

    static final class Bridge implements TypeBridge<Article> {

        private final Fields fields;

        Bridge(Fields fields) {
            this.fields = fields;
        }

        @Override
        public void write(DocumentElement target, Article article, TypeBridgeWriteContext context) {
            Revision revision = article.current();
            if (revision == null) {
                return;
            }
            Session session = context.extension(HibernateOrmExtension.get()).session();
            String language = article.language();
            String suffix = OTHER_LANGUAGES.get(language);
            // NFC here rather than in every analyzer: OpenSearch has no normalisation filter without a plugin
            String title = nfc(revision.title());
            String body = nfc(SearchText.plainText(revision.html()));
            Map<String, String> texts = Map.of("title", title, "headings", nfc(SearchText.headings(revision.markdown())),
                    "body", body);
            target.addValue(fields.stored.get("hit_slug"), article.slug());
            target.addValue(fields.stored.get("hit_title"), revision.title());
            target.addValue(fields.stored.get("hit_text"), body.length() > HIT_TEXT ? body.substring(0, HIT_TEXT) : body);
            for (String group : GROUPS) {
                String text = texts.get(group);
                if (suffix == null) {
                    target.addValue(fields.text.get(group), text);
                    target.addValue(fields.text.get(group + "_exact"), text);
                    target.addValue(fields.text.get(group + "_pairs"), text);
                } else {
                    target.addValue(fields.text.get(group + suffix), text);
                }
            }
            target.addValue(fields.prefix, title);
            target.addValue(fields.titleKey, VietnameseQuery.titleKey(revision.title(), true));
            target.addValue(fields.titleExactKey, VietnameseQuery.titleKey(revision.title(), false));
            target.addValue(fields.keywords.get("space"), article.spaceKey());
            target.addValue(fields.keywords.get("language"), language);
            session.createQuery("select c.category from ArticleCategoryRow c where c.articleId = :id", String.class)
                    .setParameter("id", article.id()).getResultList()
                    .forEach(category -> target.addValue(fields.category, category));
            String status = revision.reviewer() != null ? "reviewed" : "published";
            AgriNote note = session.find(AgriNote.class, article.id());
            if (note != null) {
                AgriView view = note.view(revision.id());
                add(target, "crop", view.crop());
                add(target, "district", view.district());
                status = view.verified() ? "verified" : "unverified";
            }
            target.addValue(fields.keywords.get("status"), status);
            TourismPlace place = session.find(TourismPlace.class, article.id());
            if (place != null && place.sourceArticleId() != null) {
                place = session.find(TourismPlace.class, place.sourceArticleId());
            }
            if (place != null) {
                add(target, "kind", place.kind());
                if (place.latitude() != null && place.longitude() != null) {
                    target.addValue(fields.location, GeoPoint.of(place.latitude(), place.longitude()));
                }
            }
        }

        private static String nfc(String text) {
            return java.text.Normalizer.isNormalized(text, java.text.Normalizer.Form.NFC) ? text
                    : java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
        }

        private void add(DocumentElement target, String keyword, String value) {
            if (value != null && !value.isBlank()) {
                target.addValue(fields.keywords.get(keyword), value);
            }
        }
    }
}
