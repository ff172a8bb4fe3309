package vn.trithuc.learning.course;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A module of a course: an ordered group of lessons. Retired rather than deleted. */
@Entity
@Table(name = "course_module")
public class CourseModule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean retired;

    protected CourseModule() {
    }

    public CourseModule(long courseId, String title, int position) {
        this.courseId = courseId;
        this.title = Objects.requireNonNull(title, "title");
        this.position = position;
    }

    public Long id() {
        return id;
    }

    public long courseId() {
        return courseId;
    }

    public String title() {
        return title;
    }

    public int position() {
        return position;
    }

    public boolean retired() {
        return retired;
    }

    void rename(String title) {
        this.title = Objects.requireNonNull(title, "title");
    }

    void moveTo(int position) {
        this.position = position;
    }

    void retire() {
        this.retired = true;
    }
}
