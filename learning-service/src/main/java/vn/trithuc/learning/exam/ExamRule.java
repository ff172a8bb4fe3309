package vn.trithuc.learning.exam;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Draw {@code count} questions of a category (and difficulty, when set), each worth {@code points}. */
@Entity
@Table(name = "exam_rule")
public class ExamRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "exam_id", nullable = false)
    private long examId;

    @Column(nullable = false)
    private String category;

    @Column
    private String difficulty;

    @Column(name = "draw_count", nullable = false)
    private int count;

    @Column(nullable = false)
    private double points;

    protected ExamRule() {
    }

    public ExamRule(long examId, String category, String difficulty, int count, double points) {
        this.examId = examId;
        this.category = category;
        this.difficulty = difficulty;
        this.count = count;
        this.points = points;
    }

    public String category() {
        return category;
    }

    public String difficulty() {
        return difficulty;
    }

    public int count() {
        return count;
    }

    public double points() {
        return points;
    }
}
