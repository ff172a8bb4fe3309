package vn.trithuc.learning.progress;

/**
 * What completing a lesson did ({@code POST /learn/api/lessons/{id}/completion}): the course's
 * progress, whether the course is now complete, and the certificate code when one was issued.
 */
public record Completion(long lessonId, boolean completed, int lessonsDone, int lessons, int percent,
                         boolean courseCompleted, Long nextLessonId, String certificate) {
}
