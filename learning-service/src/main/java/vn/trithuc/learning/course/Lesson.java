package vn.trithuc.learning.course;

import java.time.OffsetDateTime;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A lesson: Markdown rendered once on save (wiki links lead to the knowledge bases), an optional
 * video with captions and a transcript. Retired rather than deleted, so recorded completions stay.
 */
@Entity
@Table(name = "lesson")
public class Lesson {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(name = "module_id", nullable = false)
    private long moduleId;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String markdown;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String html;

    @Column(name = "video_url")
    private String videoUrl;

    @Column(name = "captions_url")
    private String captionsUrl;

    @Column(columnDefinition = "TEXT")
    private String transcript;

    /** The practice quiz: questions as JSON ({@code QuestionJson}), or {@code null}. */
    @Column(columnDefinition = "TEXT")
    private String quiz;

    @Column(nullable = false)
    private int minutes;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean retired;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected Lesson() {
    }

    public Lesson(long courseId, long moduleId, int position) {
        this.courseId = courseId;
        this.moduleId = moduleId;
        this.position = position;
    }

    /** Sets the content; {@code html} is the sanitised rendering of {@code markdown}. */
    public void write(String title, String markdown, String html, String videoUrl, String captionsUrl, String transcript,
                      int minutes) {
        this.title = Objects.requireNonNull(title, "title");
        this.markdown = Objects.requireNonNull(markdown, "markdown");
        this.html = Objects.requireNonNull(html, "html");
        this.videoUrl = videoUrl;
        this.captionsUrl = captionsUrl;
        this.transcript = transcript;
        this.minutes = Math.max(1, minutes);
        this.updatedAt = OffsetDateTime.now();
    }

    public Long id() {
        return id;
    }

    public long courseId() {
        return courseId;
    }

    public long moduleId() {
        return moduleId;
    }

    public String title() {
        return title;
    }

    public String markdown() {
        return markdown;
    }

    public String html() {
        return html;
    }

    public String videoUrl() {
        return videoUrl;
    }

    public String captionsUrl() {
        return captionsUrl;
    }

    public String transcript() {
        return transcript;
    }

    public String quiz() {
        return quiz;
    }

    /** Sets the practice quiz (questions as JSON, checked by the caller); {@code null} removes it. */
    public void quiz(String quiz) {
        this.quiz = quiz;
        this.updatedAt = OffsetDateTime.now();
    }

    public int minutes() {
        return minutes;
    }

    public int position() {
        return position;
    }

    public boolean retired() {
        return retired;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    void moveTo(long moduleId, int position) {
        this.moduleId = moduleId;
        this.position = position;
    }

    void retire() {
        this.retired = true;
        this.updatedAt = OffsetDateTime.now();
    }
}
