package vn.trithuc.learning.course;

/** A course as the catalogue lists it ({@code GET /learn/api/courses}). */
public record CourseSummary(long id, String title, String summary, String audience, String topic, String level,
                            String language, int estimatedHours, String instructor) {

    static CourseSummary of(Course course) {
        return new CourseSummary(course.id(), course.title(), course.summary(),
                course.audience().name().toLowerCase().replace('_', '-'), course.topic(), course.level(),
                course.language(), course.estimatedHours(), course.instructor());
    }
}
