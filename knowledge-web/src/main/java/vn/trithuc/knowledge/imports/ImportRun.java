package vn.trithuc.knowledge.imports;

import java.time.Duration;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One import of a MediaWiki dump into a space: the stored file, the batch execution running it,
 * and its progress, counted by the same transactions that write the pages (so the counts are
 * exactly what is in the database, also after a crash).
 */
@Entity
@Table(name = "import_run")
public class ImportRun {

    /** Where a run stands. */
    public enum Status { QUEUED, RUNNING, PAUSED, COMPLETED, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String kind;

    @Column(name = "space_key", nullable = false)
    private String spaceKey;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "stored_path", nullable = false)
    private String storedPath;

    @Column(name = "total_bytes", nullable = false)
    private long totalBytes;

    @Column(name = "bytes_read", nullable = false)
    private long bytesRead;

    /** Pages in the dump (all namespaces), counted by the check step before anything is written. */
    @Column(name = "total_pages")
    private Long totalPages;

    @Column(nullable = false)
    private long pages;

    @Column(nullable = false)
    private long revisions;

    @Column(nullable = false)
    private long redirects;

    @Column(nullable = false)
    private long skipped;

    @Column(name = "execution_id")
    private Long executionId;

    @Column(nullable = false)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Status status;

    private String message;

    @Column(name = "started_by", nullable = false)
    private String startedBy;

    @Column(name = "started_at", nullable = false)
    private OffsetDateTime startedAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    /** When the current stretch of running began (null while paused or done), for the rate. */
    @Column(name = "running_since")
    private OffsetDateTime runningSince;

    /** Time spent running in earlier stretches. */
    @Column(name = "running_millis", nullable = false)
    private long runningMillis;

    protected ImportRun() {
    }

    ImportRun(String kind, String spaceKey, String fileName, String storedPath, long totalBytes, String startedBy,
              OffsetDateTime at) {
        this.kind = kind;
        this.spaceKey = spaceKey;
        this.fileName = fileName;
        this.storedPath = storedPath;
        this.totalBytes = totalBytes;
        this.startedBy = startedBy;
        this.startedAt = at;
        this.updatedAt = at;
        this.status = Status.QUEUED;
    }

    void running(long execution, OffsetDateTime at) {
        executionId = execution;
        status = Status.RUNNING;
        message = null;
        if (runningSince == null) {
            runningSince = at;
        }
        updatedAt = at;
    }

    void counted(long pagesInDump, OffsetDateTime at) {
        totalPages = pagesInDump;
        updatedAt = at;
    }

    /** A chunk was written: what it added, and how far into the file the reader is. */
    void progress(long addedPages, long addedRevisions, long addedRedirects, long addedSkipped, long position, OffsetDateTime at) {
        pages += addedPages;
        revisions += addedRevisions;
        redirects += addedRedirects;
        skipped += addedSkipped;
        bytesRead = Math.max(bytesRead, position);
        updatedAt = at;
    }

    void stopped(Status to, String why, OffsetDateTime at) {
        if (runningSince != null) {
            runningMillis += Duration.between(runningSince, at).toMillis();
            runningSince = null;
        }
        status = to;
        message = why == null ? null : why.length() > 2000 ? why.substring(0, 2000) : why;
        if (to == Status.COMPLETED) {
            bytesRead = totalBytes;
        }
        updatedAt = at;
    }

    /** Milliseconds spent running so far. */
    public long runningMillis(OffsetDateTime now) {
        return runningMillis + (runningSince == null ? 0 : Duration.between(runningSince, now).toMillis());
    }

    public Long id() {
        return id;
    }

    public String kind() {
        return kind;
    }

    public String spaceKey() {
        return spaceKey;
    }

    public String fileName() {
        return fileName;
    }

    public String storedPath() {
        return storedPath;
    }

    public long totalBytes() {
        return totalBytes;
    }

    public long bytesRead() {
        return bytesRead;
    }

    public Long totalPages() {
        return totalPages;
    }

    public long pages() {
        return pages;
    }

    public long revisions() {
        return revisions;
    }

    public long redirects() {
        return redirects;
    }

    public long skipped() {
        return skipped;
    }

    public Long executionId() {
        return executionId;
    }

    public Status status() {
        return status;
    }

    public String message() {
        return message;
    }

    public String startedBy() {
        return startedBy;
    }

    public OffsetDateTime startedAt() {
        return startedAt;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }
}
