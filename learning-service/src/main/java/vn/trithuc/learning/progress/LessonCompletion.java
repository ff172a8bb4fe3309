package vn.trithuc.learning.progress;

import java.io.Serializable;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A lesson a learner completed, once; kept even if the lesson is later retired. */
@Entity
@Table(name = "lesson_completion")
public class LessonCompletion {

    /** Enrolment and lesson. */
    @Embeddable
    public record Key(@Column(name = "enrollment_id") long enrollmentId, @Column(name = "lesson_id") long lessonId)
            implements Serializable {
    }

    @EmbeddedId
    private Key key;

    @Column(name = "completed_at", nullable = false)
    private OffsetDateTime completedAt;

    protected LessonCompletion() {
    }

    public LessonCompletion(long enrollmentId, long lessonId, OffsetDateTime completedAt) {
        this.key = new Key(enrollmentId, lessonId);
        this.completedAt = completedAt;
    }

    public long lessonId() {
        return key.lessonId();
    }

    public OffsetDateTime completedAt() {
        return completedAt;
    }
}
