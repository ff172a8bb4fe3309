package vn.trithuc.knowledge.article;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A wiki link of an article's current revision: "what links here" and red-link refreshes. */
@Entity
@Table(name = "article_link")
@IdClass(ArticleLinkRow.Key.class)
public class ArticleLinkRow {

    /** Composite key. */
    public static class Key implements Serializable {
        private Long fromArticleId;
        private String toSpace;
        private String toSlug;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && java.util.Objects.equals(fromArticleId, other.fromArticleId) && java.util.Objects.equals(toSpace, other.toSpace) && java.util.Objects.equals(toSlug, other.toSlug);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(fromArticleId, toSpace, toSlug);
        }
    }

    @Id
    @Column(name = "from_article_id")
    private Long fromArticleId;

    @Id
    @Column(name = "to_space")
    private String toSpace;

    @Id
    @Column(name = "to_slug")
    private String toSlug;

    protected ArticleLinkRow() {
    }

    ArticleLinkRow(Long fromArticleId, String toSpace, String toSlug) {
        this.fromArticleId = fromArticleId;
        this.toSpace = toSpace;
        this.toSlug = toSlug;
    }
}
