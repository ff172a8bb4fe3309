package vn.trithuc.learning.exam;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A question as drawn for an attempt: the version given (never the current one later), the order
 * its options were shown in, and the candidate's latest answer with its sequence number.
 */
@Entity
@Table(name = "attempt_question")
public class AttemptQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "attempt_id", nullable = false)
    private long attemptId;

    @Column(nullable = false)
    private int position;

    @Column(name = "question_id", nullable = false)
    private long questionId;

    @Column(name = "question_version_id", nullable = false)
    private long questionVersionId;

    @Column(name = "option_order")
    private String optionOrder;

    @Column(nullable = false)
    private double points;

    @Column(columnDefinition = "TEXT")
    private String response;

    @Column(nullable = false)
    private long seq;

    @Column(name = "saved_at")
    private OffsetDateTime savedAt;

    @Column
    private Double fraction;

    @Column(nullable = false)
    private boolean graded;

    @Column(name = "graded_by")
    private String gradedBy;

    @Column(name = "grader_comment")
    private String graderComment;

    protected AttemptQuestion() {
    }

    public AttemptQuestion(long attemptId, int position, long questionId, long questionVersionId, String optionOrder, double points) {
        this.attemptId = attemptId;
        this.position = position;
        this.questionId = questionId;
        this.questionVersionId = questionVersionId;
        this.optionOrder = optionOrder;
        this.points = points;
    }

    void grade(Double fraction, boolean graded) {
        this.fraction = fraction;
        this.graded = graded;
    }

    /** Moves the answer to a corrected version of its question (same options), to be graded again. */
    void regradeWith(long versionId) {
        this.questionVersionId = versionId;
    }

    /** A person's grade for an essay. */
    void gradeByHand(double fraction, String by, String comment) {
        this.fraction = fraction;
        this.graded = true;
        this.gradedBy = by;
        this.graderComment = comment;
    }

    public String gradedBy() {
        return gradedBy;
    }

    public String graderComment() {
        return graderComment;
    }

    public Long id() {
        return id;
    }

    public long attemptId() {
        return attemptId;
    }

    public int position() {
        return position;
    }

    public long questionId() {
        return questionId;
    }

    public long questionVersionId() {
        return questionVersionId;
    }

    public String optionOrder() {
        return optionOrder;
    }

    public double points() {
        return points;
    }

    public String response() {
        return response;
    }

    public long seq() {
        return seq;
    }

    public OffsetDateTime savedAt() {
        return savedAt;
    }

    public Double fraction() {
        return fraction;
    }

    public boolean graded() {
        return graded;
    }
}
