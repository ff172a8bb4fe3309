package vn.trithuc.learning.bank;

import java.time.OffsetDateTime;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A bank of questions, owned by the instructor who made it. */
@Entity
@Table(name = "question_bank")
public class QuestionBank {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String title;

    @Column
    private String description;

    @Column(nullable = false)
    private String owner;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected QuestionBank() {
    }

    public QuestionBank(String title, String description, String owner) {
        this.title = Objects.requireNonNull(title, "title");
        this.description = description;
        this.owner = Objects.requireNonNull(owner, "owner");
        this.createdAt = OffsetDateTime.now();
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

    public String owner() {
        return owner;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}
