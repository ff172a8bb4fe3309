package vn.trithuc.learning.course;

/** A course as the catalogue lists it ({@code GET /learn/api/courses}). */
public record CourseSummary(long id, String title, String summary, String audience, String topic, String level,
                            String language, int estimatedHours, String instructor, String status) {

    public static CourseSummary of(Course course) {
        return new CourseSummary(course.id(), course.title(), course.summary(), audienceKey(course.audience()),
                course.topic(), course.level(), course.language(), course.estimatedHours(), course.instructor(),
                course.status().name().toLowerCase());
    }

    /** {@code CIVIL_SERVANT} → {@code civil-servant}, as the API and the message keys spell audiences. */
    public static String audienceKey(Course.Audience audience) {
        return audience.name().toLowerCase().replace('_', '-');
    }

    /** The reverse of {@link #audienceKey}; {@code null} for an unknown key. */
    public static Course.Audience audienceOf(String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        try {
            return Course.Audience.valueOf(key.strip().toUpperCase().replace('-', '_'));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
