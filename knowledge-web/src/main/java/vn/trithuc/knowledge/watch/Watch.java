package vn.trithuc.knowledge.watch;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One person following one article, with the revision they last saw. */
@Entity
@Table(name = "watch")
@IdClass(Watch.Key.class)
public class Watch {

    /** Composite key. */
    public static class Key implements Serializable {
        private String username;
        private Long articleId;

        public Key() {
        }

        Key(String username, Long articleId) {
            this.username = username;
            this.articleId = articleId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && Objects.equals(username, other.username) && Objects.equals(articleId, other.articleId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(username, articleId);
        }
    }

    @Id
    private String username;

    @Id
    @Column(name = "article_id")
    private Long articleId;

    @Column(name = "last_seen_revision")
    private Long lastSeenRevision;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected Watch() {
    }

    Watch(String username, Long articleId, Long lastSeenRevision, OffsetDateTime at) {
        this.username = Objects.requireNonNull(username);
        this.articleId = Objects.requireNonNull(articleId);
        this.lastSeenRevision = lastSeenRevision;
        this.createdAt = at;
    }

    void seen(Long revision) {
        if (revision != null && (lastSeenRevision == null || revision > lastSeenRevision)) {
            lastSeenRevision = revision;
        }
    }

    static Key key(String username, Long articleId) {
        return new Key(username, articleId);
    }

    public Long articleId() {
        return articleId;
    }

    public Long lastSeenRevision() {
        return lastSeenRevision;
    }
}
