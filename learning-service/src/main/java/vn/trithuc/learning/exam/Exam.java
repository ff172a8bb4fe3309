package vn.trithuc.learning.exam;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An exam: which bank it draws from, the time limit, the window, attempts, pass mark, who may take it. */
@Entity
@Table(name = "exam")
public class Exam {

    /** What a candidate sees after submitting. */
    public enum Review { NONE, SCORE, ANSWERS }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String title;

    @Column
    private String description;

    @Column(name = "bank_id", nullable = false)
    private long bankId;

    @Column(name = "course_id")
    private Long courseId;

    @Column(name = "time_limit_minutes", nullable = false)
    private int timeLimitMinutes;

    @Column(name = "opens_at")
    private OffsetDateTime opensAt;

    @Column(name = "closes_at")
    private OffsetDateTime closesAt;

    @Column(name = "attempt_limit", nullable = false)
    private int attemptLimit;

    @Column(name = "pass_mark", nullable = false)
    private int passMark;

    /** Group paths allowed, one a line; empty means every signed-in learner. */
    @Column(name = "allowed_groups", columnDefinition = "TEXT")
    private String allowedGroups;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    private Review review;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected Exam() {
    }

    public Exam(String title, String description, long bankId, Long courseId, int timeLimitMinutes, OffsetDateTime opensAt,
                OffsetDateTime closesAt, int attemptLimit, int passMark, List<String> groups, Review review, String createdBy) {
        this.title = title;
        this.description = description;
        this.bankId = bankId;
        this.courseId = courseId;
        this.timeLimitMinutes = timeLimitMinutes;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.attemptLimit = attemptLimit;
        this.passMark = passMark;
        this.allowedGroups = groups == null || groups.isEmpty() ? null : String.join("\n", groups);
        this.review = review;
        this.createdBy = createdBy;
        this.createdAt = OffsetDateTime.now();
    }

    /** Everyone when no group is set; otherwise members of a listed group or one of its subgroups. */
    public boolean admits(Collection<String> callerGroups) {
        List<String> allowed = groups();
        return allowed.isEmpty() || callerGroups.stream().anyMatch(g -> allowed.stream().anyMatch(a -> g.equals(a) || g.startsWith(a + "/")));
    }

    public List<String> groups() {
        return allowedGroups == null || allowedGroups.isBlank() ? List.of() : Arrays.asList(allowedGroups.split("\n"));
    }

    public boolean isOpen(OffsetDateTime at) {
        return (opensAt == null || !at.isBefore(opensAt)) && (closesAt == null || at.isBefore(closesAt));
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public long bankId() {
        return bankId;
    }

    public Long courseId() {
        return courseId;
    }

    public int timeLimitMinutes() {
        return timeLimitMinutes;
    }

    public OffsetDateTime opensAt() {
        return opensAt;
    }

    public OffsetDateTime closesAt() {
        return closesAt;
    }

    public int attemptLimit() {
        return attemptLimit;
    }

    public int passMark() {
        return passMark;
    }

    public Review review() {
        return review;
    }
}
