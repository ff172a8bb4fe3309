package vn.trithuc.learning.course;

import java.time.OffsetDateTime;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A scheduled run of a course: lessons count between its start and its end. */
@Entity
@Table(name = "course_run")
public class CourseRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(nullable = false)
    private String title;

    @Column(name = "starts_at", nullable = false)
    private OffsetDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private OffsetDateTime endsAt;

    protected CourseRun() {
    }

    public CourseRun(long courseId, String title, OffsetDateTime startsAt, OffsetDateTime endsAt) {
        this.courseId = courseId;
        this.title = Objects.requireNonNull(title, "title");
        this.startsAt = Objects.requireNonNull(startsAt, "startsAt");
        this.endsAt = Objects.requireNonNull(endsAt, "endsAt");
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("a run ends after it starts");
        }
    }

    public Long id() {
        return id;
    }

    public long courseId() {
        return courseId;
    }

    public String title() {
        return title;
    }

    public OffsetDateTime startsAt() {
        return startsAt;
    }

    public OffsetDateTime endsAt() {
        return endsAt;
    }

    /** Open for learning at {@code at}: started and not yet over. */
    public boolean isOpen(OffsetDateTime at) {
        return !at.isBefore(startsAt) && !at.isAfter(endsAt);
    }
}
