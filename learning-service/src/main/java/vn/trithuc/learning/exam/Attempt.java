package vn.trithuc.learning.exam;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One candidate's attempt at an exam: the server's deadline, and the result once submitted. */
@Entity
@Table(name = "attempt")
public class Attempt {

    /** Where an attempt is: drawn ahead for a sitting and not yet claimed, being taken, or done. */
    public enum Status { PREPARED, ACTIVE, SUBMITTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "exam_id", nullable = false)
    private long examId;

    @Column(nullable = false)
    private String username;

    @Column(name = "learner_name", nullable = false)
    private String learnerName;

    @Column(name = "learner_groups", columnDefinition = "TEXT")
    private String learnerGroups;

    @Column(name = "started_at", nullable = false)
    private OffsetDateTime startedAt;

    @Column(nullable = false)
    private OffsetDateTime deadline;

    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column
    private Double score;

    @Column(name = "max_score")
    private Double maxScore;

    @Column
    private Boolean passed;

    @Column(name = "sitting_id")
    private Long sittingId;

    /** {@code examId:username} while active, else null; unique in the database. */
    @Column(name = "active_key")
    private String activeKey;

    @Version
    private long version;

    protected Attempt() {
    }

    public Attempt(long examId, String username, String learnerName, String learnerGroups, OffsetDateTime startedAt,
                   OffsetDateTime deadline) {
        this.examId = examId;
        this.username = username;
        this.learnerName = learnerName;
        this.learnerGroups = learnerGroups;
        this.startedAt = startedAt;
        this.deadline = deadline;
        this.status = Status.ACTIVE;
        this.activeKey = activeKey(examId, username);
    }

    /** An attempt drawn ahead of a sitting: no candidate yet; claimed at the start. */
    static Attempt prepared(long examId, long sittingId, OffsetDateTime at) {
        Attempt attempt = new Attempt();
        attempt.examId = examId;
        attempt.sittingId = sittingId;
        attempt.username = "";
        attempt.learnerName = "";
        attempt.startedAt = at;
        attempt.deadline = at;
        attempt.status = Status.PREPARED;
        return attempt;
    }

    static String activeKey(long examId, String username) {
        return examId + ":" + username;
    }

    void sitting(Long sittingId) {
        this.sittingId = sittingId;
    }

    public Long sittingId() {
        return sittingId;
    }

    void submit(OffsetDateTime at, double score, double maxScore, Boolean passed) {
        this.status = Status.SUBMITTED;
        this.activeKey = null;
        this.submittedAt = at;
        this.score = score;
        this.maxScore = maxScore;
        this.passed = passed;
    }

    public Long id() {
        return id;
    }

    public long examId() {
        return examId;
    }

    public String username() {
        return username;
    }

    public String learnerName() {
        return learnerName;
    }

    public OffsetDateTime startedAt() {
        return startedAt;
    }

    public OffsetDateTime deadline() {
        return deadline;
    }

    public OffsetDateTime submittedAt() {
        return submittedAt;
    }

    public Status status() {
        return status;
    }

    public Double score() {
        return score;
    }

    public Double maxScore() {
        return maxScore;
    }

    public Boolean passed() {
        return passed;
    }
}
