package vn.trithuc.learning.progress;

/**
 * A lesson as a learner reads it ({@code GET /learn/api/lessons/{id}}): content, where it sits in
 * the course, the previous and next lessons, whether the learner completed it, and the practice
 * quiz without its answers.
 */
public record LessonPage(long id, long courseId, String courseTitle, long moduleId, String moduleTitle, String title,
                         String html, String videoUrl, String captionsUrl, String transcript, int minutes, int number,
                         int of, Long previousId, String previousTitle, Long nextId, String nextTitle, boolean completed,
                         boolean preview, int percent, jakarta.json.JsonArray quiz) {
}
