package vn.trithuc.learning.course;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A course as its page and {@code GET /learn/api/courses/{id}} show it: the catalogue fields, the
 * description, and the syllabus (modules and their lessons, in order), with the scheduled runs.
 */
public record CourseView(long id, String title, String summary, String audience, String topic, String level,
                         String language, int estimatedHours, String instructor, String status, String descriptionHtml,
                         Integer certificateMonths, Long finalExamId, List<Module> modules, List<Run> runs, int lessons,
                         int minutes) {

    /** A module of the syllabus. */
    public record Module(long id, String title, List<LessonItem> lessons) {
    }

    /** A lesson in the syllabus: no content, which needs an enrolment. */
    public record LessonItem(long id, String title, int minutes, boolean video) {
    }

    /** A scheduled run; {@code open} when lessons count now. */
    public record Run(long id, String title, OffsetDateTime startsAt, OffsetDateTime endsAt, boolean open) {
    }
}
