package vn.trithuc.learning.progress;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A course given to an organisation-tree group with a due date: everyone in the group or one of
 * its subgroups (Keycloak group paths, as their tokens carry them) has it in "my learning".
 */
@Entity
@Table(name = "course_assignment")
public class CourseAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(name = "group_path", nullable = false)
    private String groupPath;

    @Column(name = "due_at")
    private OffsetDateTime dueAt;

    @Column(name = "assigned_by", nullable = false)
    private String assignedBy;

    @Column(name = "assigned_at", nullable = false)
    private OffsetDateTime assignedAt;

    protected CourseAssignment() {
    }

    public CourseAssignment(long courseId, String groupPath, OffsetDateTime dueAt, String assignedBy) {
        this.courseId = courseId;
        this.groupPath = Objects.requireNonNull(groupPath, "groupPath");
        this.dueAt = dueAt;
        this.assignedBy = Objects.requireNonNull(assignedBy, "assignedBy");
        this.assignedAt = OffsetDateTime.now();
    }

    /** True when one of {@code groups} is the assigned group or lies under it. */
    public boolean covers(Collection<String> groups) {
        return groups.stream().anyMatch(g -> g.equals(groupPath) || g.startsWith(groupPath + "/"));
    }

    void changeDueDate(OffsetDateTime dueAt, String by) {
        this.dueAt = dueAt;
        this.assignedBy = by;
    }

    public Long id() {
        return id;
    }

    public long courseId() {
        return courseId;
    }

    public String groupPath() {
        return groupPath;
    }

    public OffsetDateTime dueAt() {
        return dueAt;
    }

    public String assignedBy() {
        return assignedBy;
    }

    public OffsetDateTime assignedAt() {
        return assignedAt;
    }
}
