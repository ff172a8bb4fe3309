package vn.trithuc.knowledge.imports;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A page an import could not write (or left out), with the reason: the import's per-item report. */
@Entity
@Table(name = "import_problem")
public class ImportProblem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "run_id", nullable = false)
    private long runId;

    @Column(name = "page_title")
    private String pageTitle;

    @Column(nullable = false)
    private String reason;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected ImportProblem() {
    }

    ImportProblem(long runId, String pageTitle, String reason, OffsetDateTime at) {
        this.runId = runId;
        this.pageTitle = pageTitle == null || pageTitle.length() <= 500 ? pageTitle : pageTitle.substring(0, 500);
        this.reason = reason.length() <= 2000 ? reason : reason.substring(0, 2000);
        this.createdAt = at;
    }

    public String pageTitle() {
        return pageTitle;
    }

    public String reason() {
        return reason;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}
