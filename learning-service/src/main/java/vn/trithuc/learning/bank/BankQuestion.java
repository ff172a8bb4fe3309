package vn.trithuc.learning.bank;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A question of a bank: where it is filed and which of its versions is current. */
@Entity
@Table(name = "bank_question")
public class BankQuestion {

    /** How hard a question is, for drawing exams by difficulty. */
    public enum Difficulty { EASY, MEDIUM, HARD }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "bank_id", nullable = false)
    private long bankId;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String category;

    /** Tags, comma separated. */
    @Column
    private String tags;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Difficulty difficulty;

    @Column(name = "current_version", nullable = false)
    private int currentVersion;

    @Column(nullable = false)
    private boolean retired;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected BankQuestion() {
    }

    public BankQuestion(long bankId, String name, String category, List<String> tags, Difficulty difficulty) {
        this.bankId = bankId;
        file(name, category, tags, difficulty);
    }

    void file(String name, String category, List<String> tags, Difficulty difficulty) {
        this.name = Objects.requireNonNull(name, "name");
        this.category = Objects.requireNonNull(category, "category");
        this.tags = tags == null || tags.isEmpty() ? null : String.join(",", tags);
        this.difficulty = Objects.requireNonNull(difficulty, "difficulty");
        this.updatedAt = OffsetDateTime.now();
    }

    void versioned(int number) {
        this.currentVersion = number;
        this.updatedAt = OffsetDateTime.now();
    }

    void retire() {
        this.retired = true;
        this.updatedAt = OffsetDateTime.now();
    }

    public Long id() {
        return id;
    }

    public long bankId() {
        return bankId;
    }

    public String name() {
        return name;
    }

    public String category() {
        return category;
    }

    public List<String> tags() {
        return tags == null ? List.of() : Arrays.stream(tags.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }

    public Difficulty difficulty() {
        return difficulty;
    }

    public int currentVersion() {
        return currentVersion;
    }

    public boolean retired() {
        return retired;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }
}
