package vn.trithuc.learning.progress;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A learner in a course: one per person and course, whether they enrolled themselves or the
 * course was assigned to their group; where they left off, and when they completed it.
 */
@Entity
@Table(name = "enrollment")
@NamedQuery(name = Enrollment.OF_USER, query = "select e from Enrollment e where e.username = :username order by e.enrolledAt desc, e.id desc")
@NamedQuery(name = Enrollment.OF_COURSE_AND_USER, query = "select e from Enrollment e where e.courseId = :course and e.username = :username")
public class Enrollment {

    public static final String OF_USER = "Enrollment.ofUser";
    public static final String OF_COURSE_AND_USER = "Enrollment.ofCourseAndUser";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(nullable = false)
    private String username;

    @Column(name = "learner_name", nullable = false)
    private String learnerName;

    /** The learner's organisation-tree groups when they enrolled, one path a line (for reports). */
    @Column(name = "learner_groups", columnDefinition = "TEXT")
    private String learnerGroups;

    @Column(name = "run_id")
    private Long runId;

    @Column(name = "assignment_id")
    private Long assignmentId;

    @Column(name = "enrolled_at", nullable = false)
    private OffsetDateTime enrolledAt;

    @Column(name = "due_at")
    private OffsetDateTime dueAt;

    @Column(name = "last_lesson_id")
    private Long lastLessonId;

    @Column(name = "last_seen_at")
    private OffsetDateTime lastSeenAt;

    @Column(name = "exam_passed_at")
    private OffsetDateTime examPassedAt;

    @Column(name = "completed_at")
    private OffsetDateTime completedAt;

    @Version
    private long version;

    protected Enrollment() {
    }

    public Enrollment(long courseId, String username, String learnerName, List<String> groups, Long runId) {
        this.courseId = courseId;
        this.username = Objects.requireNonNull(username, "username");
        this.learnerName = Objects.requireNonNull(learnerName, "learnerName");
        this.learnerGroups = String.join("\n", groups);
        this.runId = runId;
        this.enrolledAt = OffsetDateTime.now();
    }

    /** Records that the course came through a group assignment (the earliest due date wins). */
    void assignedBy(CourseAssignment assignment) {
        if (assignmentId == null || (assignment.dueAt() != null && (dueAt == null || assignment.dueAt().isBefore(dueAt)))) {
            assignmentId = assignment.id();
            dueAt = assignment.dueAt();
        }
    }

    void complete(OffsetDateTime at) {
        if (completedAt == null) {
            completedAt = at;
        }
    }

    /** Starts the course again for recertification: completion and the exam pass are cleared. */
    void restart() {
        completedAt = null;
        examPassedAt = null;
    }

    /** Records a pass of the course's final exam (from the exams). */
    public void examPassed(OffsetDateTime at) {
        if (examPassedAt == null) {
            examPassedAt = at;
        }
    }

    public Long id() {
        return id;
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

    public List<String> learnerGroups() {
        return learnerGroups == null || learnerGroups.isBlank() ? List.of() : List.of(learnerGroups.split("\n"));
    }

    public Long runId() {
        return runId;
    }

    public Long assignmentId() {
        return assignmentId;
    }

    public OffsetDateTime enrolledAt() {
        return enrolledAt;
    }

    public OffsetDateTime dueAt() {
        return dueAt;
    }

    public Long lastLessonId() {
        return lastLessonId;
    }

    public OffsetDateTime lastSeenAt() {
        return lastSeenAt;
    }

    public OffsetDateTime examPassedAt() {
        return examPassedAt;
    }

    public OffsetDateTime completedAt() {
        return completedAt;
    }

    public boolean isCompleted() {
        return completedAt != null;
    }
}
