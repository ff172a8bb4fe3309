package vn.trithuc.knowledge.tourism;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import vn.trithuc.knowledge.article.Article;
import vn.trithuc.knowledge.article.Revision;
import vn.trithuc.web.problem.ProblemException;

/**
 * Places and translation groups of the tourism &amp; culture space. A group is a Vietnamese article
 * (the source, which holds the place) and its translations, at most one per language; a
 * translation is outdated when the source's text changed after the revision it was last brought
 * up to date with.
 */
@ApplicationScoped
public class TourismPlaces {

    public static final String SPACE = "tourism";
    public static final String SOURCE_LANGUAGE = "vi";
    /** Languages of tourism articles, the source's first. */
    public static final List<String> LANGUAGES = List.of("vi", "en", "fr", "zh", "ja", "ko");

    /** A place on the map, in the language asked for when a translation exists. */
    public record Feature(String slug, String title, String language, String kind, double latitude, double longitude,
                          String address, String openingHours) {
    }

    @PersistenceContext(unitName = "knowledge")
    EntityManager em;

    /** Checks a tourism save before anything is written: language and fields must fit together. */
    public void check(String language, TourismFields fields) {
        requireLanguage(language);
        if (fields == null) {
            return;
        }
        boolean translation = fields.translationOf() != null && !fields.translationOf().isBlank();
        if (translation && SOURCE_LANGUAGE.equals(language)) {
            throw new ProblemException("translation-language", 400, "Translation needs a language",
                    "A translation is written in another language than Vietnamese; send language en, fr, zh, ja or ko.");
        }
        boolean describesPlace = notBlank(fields.kind()) || fields.latitude() != null || fields.longitude() != null
                || notBlank(fields.address()) || notBlank(fields.openingHours());
        if (translation && describesPlace) {
            throw new ProblemException("place-on-translation", 400, "Place belongs to the source",
                    "A translation shares the place of its Vietnamese article; change the kind, coordinates, address "
                            + "and opening hours there.");
        }
        if ((fields.latitude() == null) != (fields.longitude() == null)) {
            throw new ProblemException("incomplete-coordinates", 400, "Incomplete coordinates",
                    "Send both latitude and longitude, or neither.");
        }
        if (notBlank(fields.kind())) {
            PlaceKind.of(fields.kind());
        }
    }

    /** A language of tourism articles (lower case), or a 400 {@code unsupported-language}. */
    public static String requireLanguage(String code) {
        String language = code == null ? "" : code.strip().toLowerCase(java.util.Locale.ROOT);
        if (!LANGUAGES.contains(language)) {
            throw new ProblemException("unsupported-language", 400, "Unsupported language",
                    "Tourism articles are written in " + String.join(", ", LANGUAGES) + "; got '" + code + "'.");
        }
        return language;
    }

    /** Stores the fields sent with a save of {@code article} (joins the caller's transaction). */
    @Transactional
    public void update(Article article, TourismFields fields) {
        TourismPlace place = em.find(TourismPlace.class, article.id());
        if (place == null) {
            place = new TourismPlace(article.id());
            em.persist(place);
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (notBlank(fields.translationOf())) {
            Article source = source(article, fields.translationOf().strip());
            Long revision = fields.sourceRevision();
            if (revision != null) {
                Revision named = em.find(Revision.class, revision);
                if (named == null || !named.article().id().equals(source.id()) || revision > source.current().id()) {
                    throw new ProblemException("invalid-source-revision", 400, "Unknown source revision",
                            "Revision " + revision + " is not a published revision of '" + source.slug() + "'.");
                }
            } else if (Objects.equals(place.sourceArticleId(), source.id())) {
                revision = place.sourceRevision();
            } else {
                revision = source.current().id();
            }
            boolean joined = !Objects.equals(place.sourceArticleId(), source.id());
            place.translate(source.id(), revision);
            if (joined) {
                touchGroup(source.id(), now);
            }
        } else {
            if (place.sourceArticleId() != null) {
                // leaves its group: the former source and siblings no longer list it
                Long former = place.sourceArticleId();
                place.translate(null, null);
                touchGroup(former, now);
            }
            place.describe(fields);
            // translations show (and are indexed with) the source's place
            touchGroup(article.id(), now);
        }
    }

    /** The source changed: its translations' pages show "outdated" from now on. */
    @Transactional
    public void sourceChanged(Article article) {
        if (SPACE.equals(article.spaceKey()) && SOURCE_LANGUAGE.equals(article.language())) {
            touchGroup(article.id(), OffsetDateTime.now(ZoneOffset.UTC));
        }
    }

    /** The place and translation group of a tourism article. */
    @Transactional
    public TourismView view(Article article) {
        TourismPlace own = em.find(TourismPlace.class, article.id());
        Article source = own != null && own.sourceArticleId() != null ? em.find(Article.class, own.sourceArticleId()) : null;
        Article root = source == null ? article : source;
        TourismPlace place = source == null ? own : em.find(TourismPlace.class, source.id());
        List<TourismView.Member> members = new ArrayList<>();
        TourismView.Member sourceMember = null;
        boolean outdated = false;
        for (Object[] row : groupOf(root)) {
            Article member = (Article) row[0];
            TourismPlace memberPlace = (TourismPlace) row[1];
            boolean memberOutdated = memberPlace != null && memberPlace.sourceArticleId() != null
                    && outdated(root, memberPlace.sourceRevision());
            TourismView.Member m = new TourismView.Member(member.language(), member.slug(), member.title(),
                    member.current() == null ? 0 : member.current().id(), memberOutdated);
            members.add(m);
            if (member.id().equals(root.id())) {
                sourceMember = m;
            }
            if (member.id().equals(article.id())) {
                outdated = memberOutdated;
            }
        }
        members.sort(Comparator.comparing(m -> LANGUAGES.indexOf(m.language())));
        return new TourismView(place == null ? null : place.kind(), place == null ? null : place.latitude(),
                place == null ? null : place.longitude(), place == null ? null : place.address(),
                place == null ? null : place.openingHours(), source == null ? null : sourceMember,
                own == null ? null : own.sourceRevision(), outdated, members);
    }

    /**
     * Which article of a group a visitor should read, for the QR codes: the first of the visitor's
     * languages the group has, else the Vietnamese source.
     */
    @Transactional
    public String chooseFor(Article article, List<Locale> preferred) {
        TourismPlace own = em.find(TourismPlace.class, article.id());
        Article root = own != null && own.sourceArticleId() != null ? em.find(Article.class, own.sourceArticleId()) : article;
        Map<String, String> byLanguage = new HashMap<>();
        for (Object[] row : groupOf(root)) {
            Article member = (Article) row[0];
            byLanguage.putIfAbsent(member.language(), member.slug());
        }
        for (Locale locale : preferred) {
            String slug = byLanguage.get(locale.getLanguage());
            if (slug != null) {
                return slug;
            }
        }
        return root.slug();
    }

    /**
     * The located places readers see, optionally of one kind and inside a bounding box, titled in
     * {@code language} where a translation exists.
     */
    @Transactional
    public List<Feature> features(String kind, String language, double[] bbox) {
        String filter = " from TourismPlace p, Article a where p.articleId = a.id and a.currentRevision is not null "
                + "and a.redirectTo is null and p.latitude is not null and p.longitude is not null"
                + (notBlank(kind) ? " and p.kind = :kind" : "")
                + (bbox != null ? " and p.longitude between :west and :east and p.latitude between :south and :north" : "");
        var query = em.createQuery("select p, a" + filter + " order by a.title", Object[].class).setMaxResults(5000);
        if (notBlank(kind)) {
            query.setParameter("kind", PlaceKind.of(kind).code());
        }
        if (bbox != null) {
            query.setParameter("west", bbox[0]).setParameter("south", bbox[1])
                    .setParameter("east", bbox[2]).setParameter("north", bbox[3]);
        }
        List<Object[]> rows = query.getResultList();
        Map<Long, Article> translated = new HashMap<>();
        if (language != null && !SOURCE_LANGUAGE.equals(language) && !rows.isEmpty()) {
            List<Long> ids = rows.stream().map(r -> ((TourismPlace) r[0]).articleId()).toList();
            em.createQuery("select p.sourceArticleId, a from TourismPlace p, Article a where p.articleId = a.id "
                            + "and a.currentRevision is not null and p.sourceArticleId in :ids and a.language = :language",
                    Object[].class).setParameter("ids", ids).setParameter("language", language)
                    .getResultStream().forEach(r -> translated.put((Long) r[0], (Article) r[1]));
        }
        return rows.stream().map(r -> {
            TourismPlace p = (TourismPlace) r[0];
            Article a = translated.getOrDefault(p.articleId(), (Article) r[1]);
            return new Feature(a.slug(), a.title(), a.language(), p.kind(), p.latitude(), p.longitude(), p.address(),
                    p.openingHours());
        }).toList();
    }

    // ---- internals ----

    /** The source and its translations, with their rows (a source may have none). */
    private List<Object[]> groupOf(Article root) {
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {root, em.find(TourismPlace.class, root.id())});
        rows.addAll(em.createQuery("select a, p from TourismPlace p, Article a where p.articleId = a.id "
                        + "and p.sourceArticleId = :source and a.currentRevision is not null", Object[].class)
                .setParameter("source", root.id()).getResultList());
        return rows;
    }

    /** Whether the source's text moved on from the revision a translation matches. */
    private boolean outdated(Article source, Long sourceRevision) {
        Revision current = source.current();
        if (current == null || sourceRevision == null || current.id().equals(sourceRevision)) {
            return false;
        }
        Revision matched = em.find(Revision.class, sourceRevision);
        return matched == null || !matched.markdown().equals(current.markdown());
    }

    private Article source(Article translation, String slug) {
        Article source = em.createNamedQuery(Article.BY_SLUG, Article.class).setParameter("space", SPACE)
                .setParameter("slug", slug).getResultStream().findFirst()
                .filter(a -> a.redirectTo() == null && a.isVisible())
                .orElseThrow(() -> new ProblemException("unknown-translation-source", 400, "Unknown source article",
                        "There is no tourism article '" + slug + "' to translate."));
        if (source.id().equals(translation.id()) || !SOURCE_LANGUAGE.equals(source.language())) {
            throw new ProblemException("invalid-translation-source", 400, "Not a Vietnamese source",
                    "A translation links to the Vietnamese article it translates; '" + slug + "' is not one.");
        }
        TourismPlace sourcePlace = em.find(TourismPlace.class, source.id());
        if (sourcePlace != null && sourcePlace.sourceArticleId() != null) {
            throw new ProblemException("invalid-translation-source", 400, "Not a Vietnamese source",
                    "'" + slug + "' is itself a translation.");
        }
        boolean taken = em.createQuery("select count(p) from TourismPlace p, Article a where p.articleId = a.id "
                        + "and p.sourceArticleId = :source and a.language = :language and a.id <> :self", Long.class)
                .setParameter("source", source.id()).setParameter("language", translation.language())
                .setParameter("self", translation.id()).getSingleResult() > 0;
        if (taken) {
            throw new ProblemException("translation-exists", 409, "Translation exists",
                    "'" + slug + "' already has a translation in '" + translation.language() + "'; edit that one.",
                    Map.of("language", translation.language()));
        }
        return source;
    }

    /** Every page of a group shows the group, so all move on when it changes. */
    private void touchGroup(Long sourceId, OffsetDateTime now) {
        Article source = em.find(Article.class, sourceId);
        if (source == null) {
            return;
        }
        for (Object[] row : groupOf(source)) {
            ((Article) row[0]).touch(now);
        }
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
