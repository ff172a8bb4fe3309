package vn.trithuc.learning.certificate;

import java.time.OffsetDateTime;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An issued certificate: what it says, its signed code, and whether it was revoked. */
@Entity
@Table(name = "certificate")
public class Certificate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String serial;

    @Column(name = "enrollment_id", nullable = false)
    private long enrollmentId;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(nullable = false)
    private String username;

    @Column(name = "learner_name", nullable = false)
    private String learnerName;

    @Column(name = "course_title", nullable = false)
    private String courseTitle;

    @Column(name = "issued_at", nullable = false)
    private OffsetDateTime issuedAt;

    @Column(name = "expires_at")
    private OffsetDateTime expiresAt;

    @Column(nullable = false)
    private String code;

    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    @Column(name = "revoked_by")
    private String revokedBy;

    @Column(name = "revoked_reason")
    private String revokedReason;

    protected Certificate() {
    }

    public Certificate(String serial, long enrollmentId, long courseId, String username, String learnerName,
                       String courseTitle, OffsetDateTime issuedAt, OffsetDateTime expiresAt, String code) {
        this.serial = Objects.requireNonNull(serial, "serial");
        this.enrollmentId = enrollmentId;
        this.courseId = courseId;
        this.username = Objects.requireNonNull(username, "username");
        this.learnerName = Objects.requireNonNull(learnerName, "learnerName");
        this.courseTitle = Objects.requireNonNull(courseTitle, "courseTitle");
        this.issuedAt = Objects.requireNonNull(issuedAt, "issuedAt");
        this.expiresAt = expiresAt;
        this.code = Objects.requireNonNull(code, "code");
    }

    void revoke(String by, String reason, OffsetDateTime at) {
        if (revokedAt == null) {
            revokedAt = at;
            revokedBy = by;
            revokedReason = reason;
        }
    }

    /** {@code valid}, {@code expired} or {@code revoked} at {@code at}. */
    public String status(OffsetDateTime at) {
        if (revokedAt != null) {
            return "revoked";
        }
        return expiresAt != null && !at.isBefore(expiresAt) ? "expired" : "valid";
    }

    public Long id() {
        return id;
    }

    public String serial() {
        return serial;
    }

    public long enrollmentId() {
        return enrollmentId;
    }

    public long courseId() {
        return courseId;
    }

    public String username() {
        return username;
    }

    public String learnerName() {
        return learnerName;
    }

    public String courseTitle() {
        return courseTitle;
    }

    public OffsetDateTime issuedAt() {
        return issuedAt;
    }

    public OffsetDateTime expiresAt() {
        return expiresAt;
    }

    public String code() {
        return code;
    }

    public OffsetDateTime revokedAt() {
        return revokedAt;
    }

    public String revokedReason() {
        return revokedReason;
    }
}
