package vn.trithuc.learning.course;

import java.time.OffsetDateTime;
import java.util.Objects;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file attached to a lesson (a worksheet, slides, a form), its type detected from its bytes. */
@Entity
@Table(name = "lesson_attachment")
public class LessonAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "lesson_id", nullable = false)
    private long lessonId;

    @Column(nullable = false)
    private String filename;

    @Column(name = "media_type", nullable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private int size;

    @Column(nullable = false)
    private String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private OffsetDateTime uploadedAt;

    protected LessonAttachment() {
    }

    public LessonAttachment(long lessonId, String filename) {
        this.lessonId = lessonId;
        this.filename = Objects.requireNonNull(filename, "filename");
    }

    void replace(String mediaType, byte[] content, String sha256, String by) {
        this.mediaType = mediaType;
        this.content = content;
        this.size = content.length;
        this.sha256 = sha256;
        this.uploadedBy = by;
        this.uploadedAt = OffsetDateTime.now();
    }

    public Long id() {
        return id;
    }

    public long lessonId() {
        return lessonId;
    }

    public String filename() {
        return filename;
    }

    public String mediaType() {
        return mediaType;
    }

    public int size() {
        return size;
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
