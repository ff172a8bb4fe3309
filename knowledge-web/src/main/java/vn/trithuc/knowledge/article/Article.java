package vn.trithuc.knowledge.article;

import java.time.OffsetDateTime;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.trithuc.knowledge.space.Space;
import vn.trithuc.knowledge.space.SpacePolicy;

/**
 * An article of one space, identified there by its slug. It points at the revision readers see
 * ({@link #current()}, absent while a first medical edit waits for review) and the head every
 * new edit is based on or merged with.
 */
@Entity
@Table(name = "article")
@jakarta.persistence.EntityListeners(ArticleChanges.class)
@org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed(index = "article",
        routingBinder = @org.hibernate.search.mapper.pojo.bridge.mapping.annotation.RoutingBinderRef(
                type = vn.trithuc.knowledge.search.VisibleArticles.class))
@org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding(
        binder = @org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef(
                type = vn.trithuc.knowledge.search.ArticleIndexBinder.class))
@NamedQuery(name = Article.BY_SLUG, query = "select a from Article a where a.spaceKey = :space and a.slug = :slug")
@NamedQuery(name = Article.EXISTING_SLUGS, query = "select a.slug from Article a where a.spaceKey = :space and a.slug in :slugs "
        + "and (a.currentRevision is not null or a.redirectTo is not null)")
public class Article {

    public static final String BY_SLUG = "Article.bySlug";
    public static final String EXISTING_SLUGS = "Article.existingSlugs";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "space_key", nullable = false)
    private String spaceKey;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "space_key", insertable = false, updatable = false)
    private Space space;

    @Column(nullable = false)
    private String slug;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String language;

    @Column(name = "redirect_to")
    private String redirectTo;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "current_revision_id")
    private Revision currentRevision;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "head_revision_id")
    private Revision headRevision;

    @Column(name = "protected_by")
    private String protectedBy;

    @Column(name = "protection_level")
    private String protectionLevel;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected Article() {
    }

    Article(Space space, Slug slug, String title, String language, OffsetDateTime at) {
        this.space = Objects.requireNonNull(space);
        this.spaceKey = space.key();
        this.slug = slug.value();
        this.title = Objects.requireNonNull(title);
        this.language = Objects.requireNonNull(language);
        this.createdAt = at;
        this.updatedAt = at;
    }

    /** Records a new revision: it becomes the head, and what readers see when it is published. */
    void record(Revision revision) {
        headRevision = revision;
        updatedAt = revision.createdAt();
        if (revision.status() == RevisionStatus.PUBLISHED) {
            publish(revision);
        }
    }

    /** Makes a published revision the one readers see, unless a newer one already is. */
    void publish(Revision revision) {
        if (currentRevision == null || revision.id() == null || currentRevision.id() < revision.id()) {
            currentRevision = revision;
            title = revision.title();
        }
    }

    /** A redirect left at an old name after a rename; it has no revisions of its own. */
    static Article redirect(Space space, Slug from, String title, Slug to, OffsetDateTime at) {
        Article redirect = new Article(space, from, title, "vi", at);
        redirect.redirectTo = to.value();
        return redirect;
    }

    /** Moves the article to a new name; the caller leaves a redirect at the old one. */
    void rename(Slug to, String newTitle, OffsetDateTime at) {
        this.slug = to.value();
        this.title = newTitle;
        this.updatedAt = at;
    }

    void rebaseHead(Revision newHead) {
        headRevision = newHead;
    }

    boolean policyNeedsReview() {
        return space.policy() == SpacePolicy.REVIEWED;
    }

    public Long id() {
        return id;
    }

    public Space space() {
        return space;
    }

    public String spaceKey() {
        return spaceKey;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public String language() {
        return language;
    }

    public Revision current() {
        return currentRevision;
    }

    public Revision head() {
        return headRevision;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    /**
     * Marks the page as changed without a new revision (protection, an expert's verification, a
     * change in its translation group), so caches and validators move on.
     */
    public void touch(OffsetDateTime at) {
        updatedAt = at.isAfter(updatedAt) ? at : updatedAt.plus(1, java.time.temporal.ChronoUnit.MILLIS);
    }

    /** The language of the article's text (ISO 639-1). */
    void changeLanguage(String code) {
        language = Objects.requireNonNull(code);
    }

    /** Protects the article at a level, or lifts the protection with {@code null}s. */
    void protect(String editor, Protection level) {
        protectedBy = level == null ? null : editor;
        protectionLevel = level == null ? null : level.code();
    }

    /** Who may edit the article, or {@code null} when every contributor may. */
    public Protection protection() {
        return protectedBy == null ? null : Protection.of(protectionLevel == null ? "editors" : protectionLevel);
    }

    /** The editor who protected the article, or {@code null} when anyone may edit it. */
    public String protectedBy() {
        return protectedBy;
    }

    /** The slug this old name redirects to, or {@code null}. */
    public String redirectTo() {
        return redirectTo;
    }

    public boolean isVisible() {
        return currentRevision != null;
    }
}
