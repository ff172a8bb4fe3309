package vn.trithuc.knowledge.article;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * One saved state of an article. Its text, author, time and summary never change; only its
 * review status moves (pending → published or rejected) and its rendering is refreshed when
 * the pages it links to appear or disappear (red links).
 */
@Entity
@Table(name = "revision")
@NamedQuery(name = Revision.OF_ARTICLE, query = "select r from Revision r where r.article = :article order by r.id desc")
@NamedQuery(name = Revision.PENDING, query = "select r from Revision r join fetch r.article "
        + "where r.status = vn.trithuc.knowledge.article.RevisionStatus.PENDING order by r.id")
@NamedQuery(name = Revision.PENDING_IN_SPACE, query = "select r from Revision r join fetch r.article "
        + "where r.status = vn.trithuc.knowledge.article.RevisionStatus.PENDING and r.article.spaceKey = :space order by r.id")
@NamedQuery(name = Revision.LATEST_VISIBLE_TO_REBASE, query = "select r from Revision r where r.article = :article "
        + "and r.status <> vn.trithuc.knowledge.article.RevisionStatus.REJECTED order by r.id desc")
public class Revision {

    public static final String OF_ARTICLE = "Revision.ofArticle";
    public static final String PENDING = "Revision.pending";
    public static final String PENDING_IN_SPACE = "Revision.pendingInSpace";
    public static final String LATEST_VISIBLE_TO_REBASE = "Revision.latestNotRejected";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    private Article article;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String markdown;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String html;

    @Column(nullable = false)
    private String summary;

    @Column(nullable = false)
    private String author;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    @Column(name = "size_delta", nullable = false)
    private int sizeDelta;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RevisionStatus status;

    @Column(nullable = false)
    private boolean merged;

    private String reviewer;

    @Column(name = "reviewed_at")
    private OffsetDateTime reviewedAt;

    @Column(name = "review_comment")
    private String reviewComment;

    @Column(name = "patrolled_by")
    private String patrolledBy;

    @Column(name = "hidden_by")
    private String hiddenBy;

    @Column(name = "patrolled_at")
    private OffsetDateTime patrolledAt;

    /** Where an imported revision came from (unique; {@code null} for revisions written here). */
    @Column(name = "source_key")
    private String sourceKey;

    protected Revision() {
    }

    Revision(Article article, Revision parent, String title, String markdown, String html, String summary, String author,
             OffsetDateTime at, RevisionStatus status, boolean merged) {
        this.article = Objects.requireNonNull(article);
        this.parentId = parent == null ? null : parent.id(); // parent may be a lazy proxy: use accessors
        this.title = Objects.requireNonNull(title);
        this.markdown = Objects.requireNonNull(markdown);
        this.html = Objects.requireNonNull(html);
        this.summary = summary == null ? "" : summary;
        this.author = Objects.requireNonNull(author);
        this.createdAt = Objects.requireNonNull(at);
        this.sizeBytes = markdown.getBytes(StandardCharsets.UTF_8).length;
        this.sizeDelta = sizeBytes - (parent == null ? 0 : parent.sizeBytes());
        this.status = Objects.requireNonNull(status);
        this.merged = merged;
        if (status == RevisionStatus.PUBLISHED && article.policyNeedsReview()) {
            // a reviewer's own edit counts as reviewed by them
            this.reviewer = author;
            this.reviewedAt = at;
        }
    }

    void approve(String by, String comment, OffsetDateTime at) {
        requirePending();
        status = RevisionStatus.PUBLISHED;
        reviewer = by;
        reviewedAt = at;
        reviewComment = comment;
    }

    void reject(String by, String comment, OffsetDateTime at) {
        requirePending();
        status = RevisionStatus.REJECTED;
        reviewer = by;
        reviewedAt = at;
        reviewComment = comment;
    }

    /** An editor checked this edit; the first patrol counts. */
    void patrol(String by, OffsetDateTime at) {
        if (patrolledBy == null) {
            patrolledBy = by;
            patrolledAt = at;
        }
    }

    public String patrolledBy() {
        return patrolledBy;
    }

    /** Hides the text from everyone but editors; {@code null} shows it again. */
    void hide(String editor) {
        hiddenBy = editor;
    }

    public String hiddenBy() {
        return hiddenBy;
    }

    /** Marks the revision as imported from {@code key} (e.g. {@code mw:general:https://vi.wikipedia.org/wiki/:123}). */
    void importedFrom(String key) {
        this.sourceKey = key;
    }

    public String sourceKey() {
        return sourceKey;
    }

    void rerender(String html) {
        this.html = html;
    }

    private void requirePending() {
        if (status != RevisionStatus.PENDING) {
            throw new vn.trithuc.web.problem.ProblemException("not-pending", 409, "Already reviewed",
                    "Revision " + id + " is " + status.code() + ", not pending.");
        }
    }

    public Long id() {
        return id;
    }

    public Article article() {
        return article;
    }

    public Long parentId() {
        return parentId;
    }

    public String title() {
        return title;
    }

    public String markdown() {
        return markdown;
    }

    public String html() {
        return html;
    }

    public String summary() {
        return summary;
    }

    public String author() {
        return author;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public int sizeBytes() {
        return sizeBytes;
    }

    public int sizeDelta() {
        return sizeDelta;
    }

    public RevisionStatus status() {
        return status;
    }

    public boolean merged() {
        return merged;
    }

    public String reviewer() {
        return reviewer;
    }

    public OffsetDateTime reviewedAt() {
        return reviewedAt;
    }

    public String reviewComment() {
        return reviewComment;
    }
}
