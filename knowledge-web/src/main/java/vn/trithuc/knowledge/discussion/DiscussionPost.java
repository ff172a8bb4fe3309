package vn.trithuc.knowledge.discussion;

import java.time.OffsetDateTime;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A post in an article's discussion. Posts are never edited; a reply names the post it answers. */
@Entity
@Table(name = "discussion_post")
@NamedQuery(name = DiscussionPost.OF_ARTICLE, query = "select p from DiscussionPost p where p.articleId = :article order by p.id")
public class DiscussionPost {

    public static final String OF_ARTICLE = "DiscussionPost.ofArticle";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "article_id", nullable = false)
    private Long articleId;

    @Column(name = "reply_to")
    private Long replyTo;

    @Column(nullable = false)
    private String author;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String markdown;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String html;

    protected DiscussionPost() {
    }

    DiscussionPost(Long articleId, Long replyTo, String author, OffsetDateTime createdAt, String markdown, String html) {
        this.articleId = Objects.requireNonNull(articleId);
        this.replyTo = replyTo;
        this.author = Objects.requireNonNull(author);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.markdown = Objects.requireNonNull(markdown);
        this.html = Objects.requireNonNull(html);
    }

    public Long id() {
        return id;
    }

    public Long articleId() {
        return articleId;
    }

    public Long replyTo() {
        return replyTo;
    }

    public String author() {
        return author;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public String markdown() {
        return markdown;
    }

    public String html() {
        return html;
    }
}
