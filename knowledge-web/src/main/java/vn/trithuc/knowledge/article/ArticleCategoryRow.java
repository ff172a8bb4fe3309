package vn.trithuc.knowledge.article;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A category of an article's current revision. */
@Entity
@Table(name = "article_category")
@IdClass(ArticleCategoryRow.Key.class)
public class ArticleCategoryRow {

    /** Composite key. */
    public static class Key implements Serializable {
        private Long articleId;
        private String category;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && java.util.Objects.equals(articleId, other.articleId) && java.util.Objects.equals(category, other.category);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(articleId, category);
        }
    }

    @Id
    @Column(name = "article_id")
    private Long articleId;

    @Id
    private String category;

    protected ArticleCategoryRow() {
    }

    ArticleCategoryRow(Long articleId, String category) {
        this.articleId = articleId;
        this.category = category;
    }
}
