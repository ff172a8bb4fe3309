package vn.trithuc.knowledge.article;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import vn.trithuc.content.text.TextDiff;
import vn.trithuc.content.text.TextMerge;
import vn.trithuc.content.text.Blame;
import vn.trithuc.content.markdown.MarkdownRenderer;
import vn.trithuc.content.wiki.WikiLink;
import vn.trithuc.content.wiki.WikiMarkdown;
import vn.trithuc.knowledge.agriculture.AgricultureNotes;
import vn.trithuc.knowledge.article.ArticleViews.ArticleView;
import vn.trithuc.knowledge.article.ArticleViews.Backlink;
import vn.trithuc.knowledge.article.ArticleViews.DiffView;
import vn.trithuc.knowledge.article.ArticleViews.RevisionSummary;
import vn.trithuc.knowledge.article.ArticleViews.Saved;
import vn.trithuc.knowledge.space.Space;
import vn.trithuc.knowledge.space.SpacePolicy;
import vn.trithuc.knowledge.tourism.TourismPlaces;
import vn.trithuc.web.problem.ProblemException;
import vn.trithuc.web.security.Caller;
import vn.trithuc.web.security.Role;

/**
 * Reading and editing articles. Every save is a new immutable revision; a save based on an older
 * revision is merged three-way with the head or refused with the conflicting hunks; in a
 * reviewed space (medical) only revisions a reviewer approved are ever shown to readers.
 */
@ApplicationScoped
public class ArticleService {

    /** Largest article text accepted, in bytes of UTF-8. */
    public static final int MAX_MARKDOWN_BYTES = 1_000_000;

    private final WikiMarkdown wiki = new WikiMarkdown(new MarkdownRenderer());

    @PersistenceContext(unitName = "knowledge")
    EntityManager em;

    @jakarta.inject.Inject
    AgricultureNotes agriculture;

    @jakarta.inject.Inject
    ReadCache readCache;

    @jakarta.inject.Inject
    TourismPlaces tourism;

    @jakarta.inject.Inject
    vn.trithuc.knowledge.block.Blocks blocks;

    /** The article as readers see it: its current (published or approved) revision. */
    @Transactional
    public ArticleView read(String spaceKey, String slugValue) {
        Article article = visibleArticle(spaceKey, new Slug(slugValue));
        return view(article, article.current());
    }

    /** Whether an article (visible yet or not) has this address. */
    @Transactional
    public boolean exists(String spaceKey, String slugValue) {
        return em.createNamedQuery(Article.BY_SLUG, Article.class).setParameter("space", spaceKey)
                .setParameter("slug", slugValue).getResultStream().findFirst().isPresent();
    }

    /** The article at an address whether or not readers see it yet (an import attaches its files to it). */
    @Transactional
    public Article byAddress(String spaceKey, String slugValue) {
        return em.createNamedQuery(Article.BY_SLUG, Article.class).setParameter("space", spaceKey)
                .setParameter("slug", slugValue).getResultStream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("The article " + spaceKey + "/" + slugValue));
    }

    /** The article readers see at this address, for features attached to articles (discussion, watchlist). */
    @Transactional
    public Article visible(String spaceKey, String slugValue) {
        return visibleArticle(spaceKey, new Slug(slugValue));
    }

    /**
     * The revision readers see at an address and when its page last changed (a new revision, or
     * protection, verification or translations), or {@code null} (missing, redirect, pending only).
     */
    @Transactional
    public Stamp stamp(String spaceKey, String slugValue) {
        return em.createQuery("select r.id, a.updatedAt from Article a join a.currentRevision r "
                        + "where a.spaceKey = :space and a.slug = :slug and a.redirectTo is null", Object[].class)
                .setParameter("space", spaceKey).setParameter("slug", slugValue).getResultStream().findFirst()
                .map(row -> new Stamp((Long) row[0], (OffsetDateTime) row[1])).orElse(null);
    }

    /** Which revision readers see and when the page last changed, for validators and caches. */
    public record Stamp(long revision, OffsetDateTime savedAt) {

        /** A strong validator of the page in one language. */
        public String tag(String language) {
            return "r" + revision + "-" + Long.toString(savedAt.toInstant().toEpochMilli(), 36) + "-" + language;
        }
    }

    /** Creates or edits an article. */
    @Transactional
    public Saved save(String spaceKey, String slugValue, SaveRequest request, Caller caller) {
        caller.require(Role.CONTRIBUTOR);
        blocks.requireNotBlocked(caller);
        Space space = space(spaceKey);
        Slug slug = new Slug(slugValue);
        requireSize(request.markdown());
        String markdown = normalise(request.markdown());
        String title = request.title().strip();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        RevisionStatus status = statusFor(space, caller);
        if (request.agriculture() != null && !AgricultureNotes.SPACE.equals(space.key())) {
            throw new ProblemException("fields-not-for-space", 400, "Fields not for this space",
                    "Agriculture fields belong to notes in the agriculture space only.");
        }
        if (request.tourism() != null && !TourismPlaces.SPACE.equals(space.key())) {
            throw new ProblemException("fields-not-for-space", 400, "Fields not for this space",
                    "Place and translation fields belong to articles in the tourism space only.");
        }
        Article article = em.createNamedQuery(Article.BY_SLUG, Article.class)
                .setParameter("space", space.key()).setParameter("slug", slug.value())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElse(null);
        String language = request.language() == null || request.language().isBlank()
                ? (article == null ? "vi" : article.language()) : request.language().strip().toLowerCase();
        if (TourismPlaces.SPACE.equals(space.key())) {
            tourism.check(language, request.tourism());
        }

        if (article == null) {
            if (request.baseRevision() != null && request.baseRevision() != 0) {
                throw ProblemException.notFound("The article " + space.key() + "/" + slug);
            }
            article = new Article(space, slug, title, language, now);
            em.persist(article);
            Revision revision = newRevision(article, null, title, markdown, request.summary(), caller, now, status, false);
            updateFields(article, request);
            return new Saved(view(article, revision), false, true);
        }

        if (article.redirectTo() != null) {
            throw new ProblemException("is-redirect", 409, "Renamed article",
                    "This name now redirects to '" + article.redirectTo() + "'; edit the article there.",
                    Map.of("redirectTo", article.redirectTo()));
        }
        Protection protection = article.protection();
        if (protection != null && !protection.allows(caller)) {
            throw new ProblemException("protected", 403, "Protected article",
                    "This article is protected; only " + (protection == Protection.EDITORS ? "editors" : "medical reviewers")
                            + " may change it. Propose the change in its discussion.",
                    Map.of("protectedBy", article.protectedBy(), "protection", protection.code()));
        }
        Revision head = article.head();
        if (request.baseRevision() == null) {
            throw new ProblemException("base-revision-required", 409, "Base revision required",
                    "The article exists; send the revision you started from as baseRevision.",
                    Map.of("headRevision", head.id()));
        }
        Revision base = revisionOf(article, request.baseRevision());
        if (!language.equals(article.language())) {
            article.changeLanguage(language);
            article.touch(now);
        }
        String text = markdown;
        boolean merged = false;
        if (!base.id().equals(head.id())) {
            TextMerge.Result merge = TextMerge.merge(base.markdown(), head.markdown(), markdown);
            if (!merge.isClean()) {
                throw new ProblemException("edit-conflict", 409, "Edit conflict",
                        "Someone saved revision " + head.id() + " after revision " + base.id()
                                + " that you started from, changing the same lines. Resolve the hunks and save again "
                                + "with baseRevision " + head.id() + ".",
                        Map.of("baseRevision", base.id(), "headRevision", head.id(), "conflicts", merge.conflicts(),
                                "headMarkdown", head.markdown()));
            }
            text = merge.merged();
            merged = true;
        }
        updateFields(article, request);
        if (text.equals(head.markdown()) && title.equals(head.title()) && head.status() == status) {
            return new Saved(view(article, head), merged, false);
        }
        Revision revision = newRevision(article, head, title, text, request.summary(), caller, now, status, merged);
        return new Saved(view(article, revision), merged, false);
    }

    /** The history, newest first. Pending and rejected revisions are listed for everyone (not their text). */
    @Transactional
    public List<RevisionSummary> history(String spaceKey, String slugValue) {
        Article article = anyArticle(spaceKey, new Slug(slugValue));
        return em.createNamedQuery(Revision.OF_ARTICLE, Revision.class).setParameter("article", article)
                .getResultStream().map(RevisionSummary::of).toList();
    }

    /** One revision; unpublished ones only for their author and reviewers. */
    @Transactional
    public ArticleView revision(String spaceKey, String slugValue, long id, Caller caller) {
        Article article = anyArticle(spaceKey, new Slug(slugValue));
        Revision revision = revisionOf(article, id);
        requireMaySee(revision, caller);
        return view(article, revision);
    }

    @Transactional
    public DiffView diff(String spaceKey, String slugValue, long from, long to, Caller caller) {
        Article article = anyArticle(spaceKey, new Slug(slugValue));
        Revision a = revisionOf(article, from);
        Revision b = revisionOf(article, to);
        requireMaySee(a, caller);
        requireMaySee(b, caller);
        return new DiffView(a.id(), b.id(), TextDiff.rows(a.markdown(), b.markdown()));
    }

    /** Restores an earlier revision's text as a new revision (subject to the space's policy). */
    @Transactional
    public Saved revert(String spaceKey, String slugValue, long revisionId, String summary, Caller caller) {
        Article article = anyArticle(spaceKey, new Slug(slugValue));
        Revision target = revisionOf(article, revisionId);
        requireMaySee(target, caller);
        String why = summary == null || summary.isBlank() ? "Khôi phục phiên bản " + revisionId : summary;
        return save(spaceKey, slugValue,
                new SaveRequest(target.title(), target.markdown(), why, article.head().id(), article.language(), null, null),
                caller);
    }

    /** Who wrote each line of what readers see: published revisions up to the current one. */
    @Transactional
    public List<ArticleViews.BlameLine> blame(String spaceKey, String slugValue) {
        Article article = visibleArticle(spaceKey, new Slug(slugValue));
        long current = article.current().id();
        List<Revision> published = em.createNamedQuery(Revision.OF_ARTICLE, Revision.class).setParameter("article", article)
                .getResultStream().filter(r -> r.status() == RevisionStatus.PUBLISHED && r.id() <= current)
                .sorted(java.util.Comparator.comparing(Revision::id)).toList();
        return Blame.of(published, Revision::markdown).stream()
                .map(l -> new ArticleViews.BlameLine(l.number(), l.text(), l.origin().id(), l.origin().author(),
                        l.origin().createdAt()))
                .toList();
    }

    /** Articles whose current revision links here, directly or through a redirect left by a rename. */
    @Transactional
    public List<Backlink> backlinks(String spaceKey, String slugValue) {
        Slug slug = new Slug(slugValue);
        space(spaceKey);
        List<String> names = new ArrayList<>(em.createQuery("select a.slug from Article a where a.spaceKey = :space "
                + "and a.redirectTo = :slug", String.class).setParameter("space", spaceKey).setParameter("slug", slug.value())
                .getResultList());
        names.add(slug.value());
        return em.createQuery("select distinct a from ArticleLinkRow l, Article a where l.fromArticleId = a.id "
                        + "and l.toSpace = :space and l.toSlug in :slugs order by a.title", Article.class)
                .setParameter("space", spaceKey).setParameter("slugs", names).getResultStream()
                .map(a -> new Backlink(a.spaceKey(), a.slug(), a.title())).toList();
    }

    /**
     * Renames an article (editors): it keeps its history under the new name, a revision records the
     * move, and the old name becomes a redirect so old links and URLs keep working.
     */
    @Transactional
    public ArticleView rename(String spaceKey, String slugValue, String newTitle, String summary, Caller caller) {
        caller.require(Role.EDITOR);
        Space space = space(spaceKey);
        Slug from = new Slug(slugValue);
        String title = newTitle == null ? "" : newTitle.strip();
        Slug to = Slug.fromTitle(title);
        Article article = anyArticle(spaceKey, from);
        lock(article);
        boolean taken = !to.equals(from) && em.createNamedQuery(Article.BY_SLUG, Article.class).setParameter("space", spaceKey)
                .setParameter("slug", to.value()).getResultStream().findFirst().isPresent();
        if (taken) {
            throw new ProblemException("rename-target-exists", 409, "Name taken",
                    "An article named '" + to + "' already exists in this space.", Map.of("slug", to.value()));
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String oldTitle = article.title();
        article.rename(to, title, now);
        em.flush();
        if (!to.equals(from)) {
            em.persist(Article.redirect(space, from, oldTitle, to, now));
        }
        Revision head = article.head();
        String why = summary == null || summary.isBlank() ? "Đổi tên từ “" + oldTitle + "”" : summary;
        Revision moved = newRevision(article, head, title, head.markdown(), why, caller, now,
                head.status() == RevisionStatus.PUBLISHED ? RevisionStatus.PUBLISHED : head.status(), false);
        return view(article, moved);
    }

    /** A page of a space's articles, by title. */
    @Transactional
    public ArticleViews.ArticleIndex index(String spaceKey, int page, int size) {
        space(spaceKey);
        long total = em.createQuery("select count(a) from Article a where a.spaceKey = :space and a.currentRevision is not null",
                Long.class).setParameter("space", spaceKey).getSingleResult();
        int pages = (int) Math.max(1, (total + size - 1) / size);
        int current = Math.min(Math.max(page, 1), pages);
        List<ArticleViews.ArticleEntry> entries = em.createQuery("select a from Article a where a.spaceKey = :space "
                        + "and a.currentRevision is not null order by a.title", Article.class)
                .setParameter("space", spaceKey).setFirstResult((current - 1) * size).setMaxResults(size)
                .getResultStream().map(a -> new ArticleViews.ArticleEntry(a.slug(), a.title(), a.updatedAt())).toList();
        return new ArticleViews.ArticleIndex(entries, current, pages, total);
    }

    /** Where an editor starts: the head revision (the newest not rejected), or a blank article. */
    @Transactional
    public ArticleViews.EditState editState(String spaceKey, String slugValue, Caller caller) {
        caller.require(Role.CONTRIBUTOR);
        space(spaceKey);
        Slug slug = new Slug(slugValue);
        return em.createNamedQuery(Article.BY_SLUG, Article.class).setParameter("space", spaceKey)
                .setParameter("slug", slug.value()).getResultStream().findFirst()
                .filter(a -> a.head() != null)
                .map(a -> new ArticleViews.EditState(true, a.head().title(), a.head().markdown(), a.head().id(),
                        a.language(), agriculture.view(a.id(), a.head().id()),
                        TourismPlaces.SPACE.equals(spaceKey) ? tourism.view(a) : null))
                .orElse(new ArticleViews.EditState(false, null, "", null, "vi", null, null));
    }

    /** Renders text as it would be saved, without saving (the editor's preview). */
    @Transactional
    public String preview(String spaceKey, String markdown) {
        space(spaceKey);
        requireSize(markdown);
        return render(spaceKey, null, normalise(markdown)).html();
    }

    // ---- protection and hiding (editors) ----

    /** Protects an article so that only editors (or only medical reviewers) may edit it, or lifts the protection. */
    @Transactional
    public ArticleView protect(String spaceKey, String slugValue, boolean on, String level, Caller caller) {
        caller.require(Role.EDITOR);
        Article article = visibleArticle(spaceKey, new Slug(slugValue));
        article.protect(caller.username(), on ? Protection.of(level == null || level.isBlank() ? "editors" : level) : null);
        article.touch(OffsetDateTime.now(ZoneOffset.UTC));
        return view(article, article.current());
    }

    /** Hides an old revision's text (not the one readers see), or shows it again. */
    @Transactional
    public void hideRevision(String spaceKey, String slugValue, long revisionId, boolean hidden, Caller caller) {
        caller.require(Role.EDITOR);
        Article article = anyArticle(spaceKey, new Slug(slugValue));
        Revision revision = revisionOf(article, revisionId);
        if (hidden && (revision == article.current() || revision == article.head())) {
            throw new ProblemException("cannot-hide-current", 409, "Current revision",
                    "The revision readers see cannot be hidden; revert it first.");
        }
        revision.hide(hidden ? caller.username() : null);
    }

    // ---- patrol and rollback (editors) ----

    /** Marks a published edit as checked by an editor. */
    @Transactional
    public void patrol(long revisionId, Caller caller) {
        caller.require(Role.EDITOR);
        Revision revision = em.find(Revision.class, revisionId);
        if (revision == null || revision.status() != RevisionStatus.PUBLISHED) {
            throw ProblemException.notFound("Published revision " + revisionId);
        }
        revision.patrol(caller.username(), OffsetDateTime.now(ZoneOffset.UTC));
    }

    /**
     * Rolls back every article whose latest edits are a user's: each gets a new revision with the
     * text of the last revision by someone else. Articles the user created alone are left for an
     * editor to judge (listed as skipped).
     */
    @Transactional
    public ArticleViews.RollbackReport rollback(String username, String spaceKey, String summary, Caller caller) {
        caller.require(Role.EDITOR);
        boolean all = spaceKey == null || spaceKey.isBlank();
        if (!all) {
            space(spaceKey);
        }
        var query = em.createQuery("select a from Article a join a.headRevision h where h.author = :user"
                + (all ? "" : " and a.spaceKey = :space") + " order by a.id", Article.class).setParameter("user", username);
        if (!all) {
            query.setParameter("space", spaceKey);
        }
        List<Backlink> restored = new ArrayList<>();
        List<ArticleViews.Skipped> skipped = new ArrayList<>();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String why = summary == null || summary.isBlank() ? "Lùi lại các sửa đổi của " + username : summary;
        for (Article article : query.getResultList()) {
            lock(article);
            Revision target = em.createNamedQuery(Revision.OF_ARTICLE, Revision.class).setParameter("article", article)
                    .getResultStream()
                    .filter(r -> !r.author().equals(username) && r.status() == RevisionStatus.PUBLISHED)
                    .findFirst().orElse(null);
            if (target == null) {
                skipped.add(new ArticleViews.Skipped(article.spaceKey(), article.slug(), "only-edits-by-user"));
                continue;
            }
            newRevision(article, article.head(), target.title(), target.markdown(), why, caller, now,
                    statusFor(article.space(), caller), false);
            restored.add(new Backlink(article.spaceKey(), article.slug(), target.title()));
        }
        return new ArticleViews.RollbackReport(restored, skipped);
    }

    // ---- review (used by the review feature) ----

    @Transactional
    public ArticleView approve(long revisionId, String comment, Caller caller) {
        caller.require(Role.MEDICAL_REVIEWER);
        Revision revision = pendingRevision(revisionId);
        Article article = lock(revision.article());
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        revision.approve(caller.username(), comment, now);
        article.publish(revision);
        article.touch(now);
        if (article.current() == revision) {
            refreshLinks(article, revision);
        }
        return view(article, revision);
    }

    @Transactional
    public ArticleView reject(long revisionId, String comment, Caller caller) {
        caller.require(Role.MEDICAL_REVIEWER);
        Revision revision = pendingRevision(revisionId);
        Article article = lock(revision.article());
        revision.reject(caller.username(), comment, OffsetDateTime.now(ZoneOffset.UTC));
        if (article.head() == revision) {
            article.rebaseHead(em.createNamedQuery(Revision.LATEST_VISIBLE_TO_REBASE, Revision.class)
                    .setParameter("article", article).setMaxResults(1).getResultStream().findFirst().orElse(null));
        }
        return view(article, revision);
    }

    @Transactional
    public List<ArticleViews.PendingReview> pending(String spaceKey, Caller caller) {
        caller.require(Role.MEDICAL_REVIEWER);
        var query = spaceKey == null || spaceKey.isBlank()
                ? em.createNamedQuery(Revision.PENDING, Revision.class)
                : em.createNamedQuery(Revision.PENDING_IN_SPACE, Revision.class).setParameter("space", spaceKey);
        return query.getResultStream()
                .map(r -> {
                    Article a = r.article();
                    Revision approved = a.current();
                    return new ArticleViews.PendingReview(r.id(), a.spaceKey(), a.slug(), r.title(), r.author(),
                            r.createdAt(), r.summary(), approved == null ? null : approved.id(),
                            TextDiff.rows(approved == null ? "" : approved.markdown(), r.markdown()));
                }).toList();
    }

    // ---- internals ----

    private void updateFields(Article article, SaveRequest request) {
        if (request.agriculture() != null || request.tourism() != null) {
            // the page and the index show these fields: both move on even when the text did not change
            article.touch(OffsetDateTime.now(ZoneOffset.UTC));
        }
        if (request.agriculture() != null) {
            agriculture.update(article.id(), request.agriculture());
        }
        if (request.tourism() != null) {
            em.flush();
            tourism.update(article, request.tourism());
        }
    }

    private Revision newRevision(Article article, Revision parent, String title, String markdown, String summary,
                                 Caller caller, OffsetDateTime now, RevisionStatus status, boolean merged) {
        WikiMarkdown.Rendered rendered = render(article.spaceKey(), article.slug(), markdown);
        Revision revision = new Revision(article, parent, title, markdown, rendered.html(), summary, caller.username(), now,
                status, merged);
        em.persist(revision);
        boolean wasVisible = article.isVisible();
        article.record(revision);
        if (status == RevisionStatus.PUBLISHED) {
            storeLinks(article, rendered);
            if (!wasVisible) {
                refreshPagesLinkingTo(article);
            }
            if (parent != null && !markdown.equals(parent.markdown())) {
                tourism.sourceChanged(article);
            }
        }
        return revision;
    }

    /** One revision of an imported page: where it came from (unique), its text, and who wrote it when. */
    public record ImportedRevision(String sourceKey, String markdown, String summary, String author, OffsetDateTime at) {
    }

    /**
     * What importing one page did: revisions written and skipped (imported before), whether it is
     * a redirect, and why it was left out when it was ({@code null} otherwise).
     */
    public record PageImport(String slug, int written, int skipped, boolean redirect, String problem) {
    }

    /**
     * Writes an imported page in the caller's transaction (an import chunk): the article is
     * created when missing; each revision not imported before (by its source key) becomes a
     * published revision with its original author, time and summary, in order. Only the newest
     * is rendered now, with its links and categories stored; older ones render when opened. A
     * redirect page becomes a redirect. Never throws for a page it leaves out (that would roll the
     * whole chunk back): it says why in {@link PageImport#problem()}. The title must be valid
     * ({@link Slug#fromTitle}), which the caller checks first.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public PageImport importPage(String spaceKey, String title, String redirectTo, List<ImportedRevision> revisions) {
        Space space = space(spaceKey);
        Slug slug = Slug.fromTitle(title);
        Article article = em.createNamedQuery(Article.BY_SLUG, Article.class)
                .setParameter("space", space.key()).setParameter("slug", slug.value())
                .getResultStream().findFirst().orElse(null);
        OffsetDateTime last = revisions.isEmpty() ? OffsetDateTime.now(ZoneOffset.UTC) : revisions.get(revisions.size() - 1).at();
        if (redirectTo != null) {
            if (article == null) {
                em.persist(Article.redirect(space, slug, title.strip(), Slug.fromTitle(redirectTo), last));
                return new PageImport(slug.value(), 0, 0, true, null);
            }
            return new PageImport(slug.value(), 0, revisions.size(), article.redirectTo() != null,
                    article.redirectTo() != null ? null : "a page with this title exists here; the redirect was not imported");
        }
        if (article != null && article.redirectTo() != null) {
            return new PageImport(slug.value(), 0, revisions.size(), false,
                    "this title is a redirect here; the page's revisions were not imported");
        }
        if (revisions.isEmpty()) {
            return new PageImport(slug.value(), 0, 0, false, "the page has no revision with text");
        }
        if (article == null) {
            article = new Article(space, slug, title.strip(), "vi", revisions.get(0).at());
            em.persist(article);
        }
        Set<String> known = new HashSet<>(em.createQuery("select r.sourceKey from Revision r where r.sourceKey in :keys",
                String.class).setParameter("keys", revisions.stream().map(ImportedRevision::sourceKey).toList()).getResultList());
        Revision head = article.head();
        boolean wasVisible = article.isVisible();
        int written = 0;
        for (ImportedRevision imported : revisions) {
            if (known.contains(imported.sourceKey())) {
                continue;
            }
            String markdown = normalise(imported.markdown());
            Revision revision = new Revision(article, head, title.strip(), markdown, "", imported.summary(), imported.author(),
                    imported.at(), RevisionStatus.PUBLISHED, false);
            revision.importedFrom(imported.sourceKey());
            em.persist(revision);
            article.record(revision);
            head = revision;
            written++;
        }
        if (written > 0) {
            WikiMarkdown.Rendered rendered = render(space.key(), slug.value(), head.markdown());
            head.rerender(rendered.html());
            storeLinks(article, rendered);
            if (!wasVisible) {
                refreshPagesLinkingTo(article);
            }
        }
        return new PageImport(slug.value(), written, revisions.size() - written, false, null);
    }

    /** Indexes an imported page again (a restarted import redoing a chunk whose indexing was not confirmed). */
    public void reindexImported(String spaceKey, String title) {
        Slug slug;
        try {
            slug = Slug.fromTitle(title);
        } catch (ProblemException invalid) {
            return; // left out when it was first read
        }
        em.createNamedQuery(Article.BY_SLUG, Article.class).setParameter("space", space(spaceKey).key())
                .setParameter("slug", slug.value()).getResultStream().findFirst()
                .ifPresent(article -> org.hibernate.search.mapper.orm.Search.session(em).indexingPlan().addOrUpdate(article));
    }

    /** {@code ](attachment:name)}: an image or link to a file attached to the article (imports write them). */
    private static final java.util.regex.Pattern ATTACHMENT_LINK = java.util.regex.Pattern.compile("\\]\\(attachment:");

    /**
     * Renders with red links: one query for which linked pages exist. With the article's address,
     * {@code attachment:name} links point at its attachment of that name.
     */
    WikiMarkdown.Rendered render(String ownSpace, String ownSlug, String source) {
        String markdown = ownSlug == null ? source : ATTACHMENT_LINK.matcher(source)
                .replaceAll(java.util.regex.Matcher.quoteReplacement("](/wiki/" + ownSpace + "/" + ownSlug + "/attachments/"));
        List<WikiLink> links = wiki.scan(markdown).links();
        Map<String, Set<String>> existing = existingTargets(ownSpace, links);
        return wiki.render(markdown, link -> {
            String space = link.space() == null ? ownSpace : link.space();
            String slug = slugOrNull(link.title());
            if (slug == null) {
                return "/wiki/" + space + "?" + WikiMarkdown.REDLINK;
            }
            boolean exists = existing.getOrDefault(space, Set.of()).contains(slug);
            return "/wiki/" + space + "/" + slug + (exists ? "" : "?" + WikiMarkdown.REDLINK);
        });
    }

    private Map<String, Set<String>> existingTargets(String ownSpace, Collection<WikiLink> links) {
        Map<String, Set<String>> wanted = new HashMap<>();
        for (WikiLink link : links) {
            String slug = slugOrNull(link.title());
            if (slug != null) {
                wanted.computeIfAbsent(link.space() == null ? ownSpace : link.space(), k -> new HashSet<>()).add(slug);
            }
        }
        Map<String, Set<String>> existing = new HashMap<>();
        wanted.forEach((space, slugs) -> existing.put(space, new HashSet<>(em.createNamedQuery(Article.EXISTING_SLUGS, String.class)
                .setParameter("space", space).setParameter("slugs", slugs).getResultList())));
        return existing;
    }

    private void storeLinks(Article article, WikiMarkdown.Rendered rendered) {
        em.createQuery("delete from ArticleLinkRow l where l.fromArticleId = :id").setParameter("id", article.id()).executeUpdate();
        em.createQuery("delete from ArticleCategoryRow c where c.articleId = :id").setParameter("id", article.id()).executeUpdate();
        Set<String> seen = new HashSet<>();
        for (WikiLink link : rendered.links()) {
            String slug = slugOrNull(link.title());
            String space = link.space() == null ? article.spaceKey() : link.space();
            if (slug != null && seen.add(space + "/" + slug)) {
                em.persist(new ArticleLinkRow(article.id(), space, slug));
            }
        }
        for (String category : rendered.categories()) {
            em.persist(new ArticleCategoryRow(article.id(), category.length() > 255 ? category.substring(0, 255) : category));
        }
    }

    private void refreshLinks(Article article, Revision revision) {
        storeLinks(article, render(article.spaceKey(), article.slug(), revision.markdown()));
    }

    /** A page appeared: the current revisions that linked to it lose their red link. */
    private void refreshPagesLinkingTo(Article target) {
        readCache.clear();
        List<Article> linking = em.createQuery("select a from ArticleLinkRow l, Article a where l.fromArticleId = a.id "
                        + "and l.toSpace = :space and l.toSlug = :slug and a.id <> :self", Article.class)
                .setParameter("space", target.spaceKey()).setParameter("slug", target.slug()).setParameter("self", target.id())
                .getResultList();
        for (Article article : linking) {
            Revision current = article.current();
            if (current != null) {
                current.rerender(render(article.spaceKey(), article.slug(), current.markdown()).html());
            }
        }
    }

    private List<String> categories(Article article) {
        return em.createQuery("select c.category from ArticleCategoryRow c where c.articleId = :id order by c.category",
                String.class).setParameter("id", article.id()).getResultList();
    }

    private ArticleView view(Article article, Revision revision) {
        List<String> categories = revision == article.current() ? categories(article) : new ArrayList<>(
                wiki.scan(revision.markdown()).categories());
        return new ArticleView(article.spaceKey(), article.slug(), revision.title(), revision.id(), revision.markdown(),
                revision.html().isEmpty() ? render(article.spaceKey(), article.slug(), revision.markdown()).html() : revision.html(),
                article.language(), categories, revision.status().code(), revision.author(),
                revision.createdAt(), revision.reviewer(), revision.reviewedAt(), article.protectedBy() != null,
                article.protection() == null ? null : article.protection().code(),
                AgricultureNotes.SPACE.equals(article.spaceKey()) ? agriculture.view(article.id(), revision.id()) : null,
                TourismPlaces.SPACE.equals(article.spaceKey()) ? tourism.view(article) : null);
    }

    private static RevisionStatus statusFor(Space space, Caller caller) {
        if (space.policy() == SpacePolicy.REVIEWED && !caller.hasRole(Role.MEDICAL_REVIEWER)) {
            return RevisionStatus.PENDING;
        }
        return RevisionStatus.PUBLISHED;
    }

    private static void requireMaySee(Revision revision, Caller caller) {
        if (revision.hiddenBy() != null && !caller.hasRole(Role.EDITOR)) {
            throw new ProblemException("revision-hidden", 403, "Hidden revision",
                    "An editor hid the text of revision " + revision.id() + ".");
        }
        if (revision.status() == RevisionStatus.PUBLISHED) {
            return;
        }
        boolean author = caller.isAuthenticated() && Objects.equals(caller.username(), revision.author());
        if (!author && !caller.hasRole(Role.MEDICAL_REVIEWER)) {
            throw ProblemException.notFound("Revision " + revision.id());
        }
    }

    private Space space(String key) {
        Space space = em.find(Space.class, key);
        if (space == null) {
            throw ProblemException.notFound("The space '" + key + "'");
        }
        return space;
    }

    private Article anyArticle(String spaceKey, Slug slug) {
        space(spaceKey);
        Article article = em.createNamedQuery(Article.BY_SLUG, Article.class).setParameter("space", spaceKey)
                .setParameter("slug", slug.value()).getResultStream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("The article " + spaceKey + "/" + slug));
        if (article.redirectTo() != null) {
            throw new Redirected(spaceKey, article.redirectTo());
        }
        return article;
    }

    private Article visibleArticle(String spaceKey, Slug slug) {
        Article article = anyArticle(spaceKey, slug);
        if (article.redirectTo() != null) {
            throw new Redirected(spaceKey, article.redirectTo());
        }
        if (!article.isVisible()) {
            throw ProblemException.notFound("The article " + spaceKey + "/" + slug);
        }
        return article;
    }

    private Revision revisionOf(Article article, long id) {
        Revision revision = em.find(Revision.class, id);
        if (revision == null || !revision.article().id().equals(article.id())) {
            throw ProblemException.notFound("Revision " + id + " of " + article.spaceKey() + "/" + article.slug());
        }
        return revision;
    }

    private Revision pendingRevision(long id) {
        Revision revision = em.find(Revision.class, id);
        if (revision == null) {
            throw ProblemException.notFound("Revision " + id);
        }
        return revision;
    }

    private Article lock(Article article) {
        em.lock(article, LockModeType.PESSIMISTIC_WRITE);
        return article;
    }

    private static String slugOrNull(String title) {
        try {
            return Slug.fromTitle(title).value();
        } catch (ProblemException invalid) {
            return null;
        }
    }

    private static void requireSize(String markdown) {
        if (markdown.getBytes(StandardCharsets.UTF_8).length > MAX_MARKDOWN_BYTES) {
            throw ProblemException.payloadTooLarge(MAX_MARKDOWN_BYTES);
        }
    }

    /** Line endings as \n, so merges and diffs compare lines, not platforms. */
    private static String normalise(String markdown) {
        return markdown.replace("\r\n", "\n").replace('\r', '\n');
    }

}
