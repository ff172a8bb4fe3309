package vn.trithuc.learning.course;

import java.time.OffsetDateTime;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A course in the catalogue. Drafts are visible to their authors only; a published course is
 * listed for everyone.
 */
@Entity
@Table(name = "course")
@NamedQuery(name = Course.PUBLISHED, query = "select c from Course c where c.status = vn.trithuc.learning.course.Course.Status.PUBLISHED order by c.publishedAt desc, c.id")
public class Course {

    public static final String PUBLISHED = "Course.published";

    /** Where a course is in its life. */
    public enum Status { DRAFT, PUBLISHED }

    /** Who a course is written for. */
    public enum Audience { CITIZEN, CIVIL_SERVANT, STUDENT, FARMER }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Audience audience;

    @Column(nullable = false)
    private String topic;

    @Column(nullable = false)
    private String level;

    @Column(nullable = false)
    private String language;

    @Column(name = "estimated_hours", nullable = false)
    private int estimatedHours;

    @Column(nullable = false)
    private String instructor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "published_at")
    private OffsetDateTime publishedAt;

    /** The course page's longer text (Markdown, rendered on the page). */
    @Column(columnDefinition = "TEXT")
    private String description;

    /** Who created the course; they and administrators may edit it. */
    @Column
    private String author;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    /** How long a certificate of this course is valid, in months; {@code null} for no expiry. */
    @Column(name = "certificate_months")
    private Integer certificateMonths;

    /** The exam that must be passed besides the lessons (certification), when there is one. */
    @Column(name = "final_exam_id")
    private Long finalExamId;

    @Version
    private long version;

    protected Course() {
    }

    public Course(String title, String summary, Audience audience, String topic, String level, String language,
                  int estimatedHours, String instructor) {
        describe(title, summary, null, audience, topic, level, language, estimatedHours, instructor, null);
        this.author = instructor;
        this.status = Status.DRAFT;
        this.updatedAt = OffsetDateTime.now();
    }

    /** Sets what the catalogue and the course page show. */
    public void describe(String title, String summary, String description, Audience audience, String topic, String level,
                         String language, int estimatedHours, String instructor, Integer certificateMonths) {
        this.title = Objects.requireNonNull(title, "title");
        this.summary = Objects.requireNonNull(summary, "summary");
        this.description = description;
        this.audience = Objects.requireNonNull(audience, "audience");
        this.topic = Objects.requireNonNull(topic, "topic");
        this.level = Objects.requireNonNull(level, "level");
        this.language = Objects.requireNonNull(language, "language");
        if (estimatedHours <= 0) {
            throw new IllegalArgumentException("estimatedHours must be positive");
        }
        this.estimatedHours = estimatedHours;
        this.instructor = Objects.requireNonNull(instructor, "instructor");
        if (certificateMonths != null && certificateMonths <= 0) {
            throw new IllegalArgumentException("certificateMonths must be positive");
        }
        this.certificateMonths = certificateMonths;
        this.updatedAt = OffsetDateTime.now();
    }

    public void authoredBy(String username) {
        this.author = Objects.requireNonNull(username, "username");
    }

    /** Links the certification exam whose pass completes the course with the lessons. */
    public void requireExam(Long examId) {
        this.finalExamId = examId;
    }

    /** Makes the course visible in the catalogue; publishing again keeps the first publication time. */
    public void publish(OffsetDateTime at) {
        if (status != Status.PUBLISHED) {
            status = Status.PUBLISHED;
            publishedAt = Objects.requireNonNull(at, "at");
        }
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public Audience audience() {
        return audience;
    }

    public String topic() {
        return topic;
    }

    public String level() {
        return level;
    }

    public String language() {
        return language;
    }

    public int estimatedHours() {
        return estimatedHours;
    }

    public String instructor() {
        return instructor;
    }

    public Status status() {
        return status;
    }

    public String description() {
        return description;
    }

    public String author() {
        return author;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    public OffsetDateTime publishedAt() {
        return publishedAt;
    }

    public Integer certificateMonths() {
        return certificateMonths;
    }

    public Long finalExamId() {
        return finalExamId;
    }

    public boolean isPublished() {
        return status == Status.PUBLISHED;
    }
}
