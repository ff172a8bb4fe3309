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

    @Version
    private long version;

    protected Course() {
    }

    public Course(String title, String summary, Audience audience, String topic, String level, String language,
                  int estimatedHours, String instructor) {
        this.title = Objects.requireNonNull(title, "title");
        this.summary = Objects.requireNonNull(summary, "summary");
        this.audience = Objects.requireNonNull(audience, "audience");
        this.topic = Objects.requireNonNull(topic, "topic");
        this.level = Objects.requireNonNull(level, "level");
        this.language = Objects.requireNonNull(language, "language");
        if (estimatedHours <= 0) {
            throw new IllegalArgumentException("estimatedHours must be positive");
        }
        this.estimatedHours = estimatedHours;
        this.instructor = Objects.requireNonNull(instructor, "instructor");
        this.status = Status.DRAFT;
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

    public boolean isPublished() {
        return status == Status.PUBLISHED;
    }
}
