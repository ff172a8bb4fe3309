package vn.trithuc.knowledge.attachment;

import java.time.OffsetDateTime;
import java.util.Objects;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A file attached to an article. Its bytes are loaded only when the file itself is served. */
@Entity
@Table(name = "attachment")
@NamedQuery(name = Attachment.OF_ARTICLE, query = "select a from Attachment a where a.articleId = :article order by a.id")
public class Attachment {

    public static final String OF_ARTICLE = "Attachment.ofArticle";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "article_id", nullable = false)
    private Long articleId;

    @Column(nullable = false)
    private String filename;

    @Column(name = "media_type", nullable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    @Column(nullable = false)
    private String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private OffsetDateTime uploadedAt;

    protected Attachment() {
    }

    Attachment(Long articleId, String filename, String mediaType, byte[] content, String sha256, String uploadedBy,
               OffsetDateTime uploadedAt) {
        this.articleId = Objects.requireNonNull(articleId);
        this.filename = Objects.requireNonNull(filename);
        this.mediaType = Objects.requireNonNull(mediaType);
        this.content = Objects.requireNonNull(content);
        this.sizeBytes = content.length;
        this.sha256 = Objects.requireNonNull(sha256);
        this.uploadedBy = Objects.requireNonNull(uploadedBy);
        this.uploadedAt = Objects.requireNonNull(uploadedAt);
    }

    public Long id() {
        return id;
    }

    public String filename() {
        return filename;
    }

    public String mediaType() {
        return mediaType;
    }

    public int sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public byte[] content() {
        return content;
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public OffsetDateTime uploadedAt() {
        return uploadedAt;
    }
}
