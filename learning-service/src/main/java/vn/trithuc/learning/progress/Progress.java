package vn.trithuc.learning.progress;

import java.time.OffsetDateTime;

/**
 * An enrolment as "my learning" shows it ({@code GET /learn/api/me/enrollments}): how far the
 * learner is, where to resume, whether it was assigned (with its due date), and the certificate
 * with its status ({@code valid}, {@code expired} — time to recertify — or {@code revoked}).
 */
public record Progress(long id, long courseId, String courseTitle, String status, int lessonsDone, int lessons,
                       int percent, Long resumeLessonId, String resumeLessonTitle, OffsetDateTime enrolledAt,
                       OffsetDateTime dueAt, boolean overdue, String assignedGroup, Long runId,
                       OffsetDateTime completedAt, boolean examRequired, boolean examPassed, String certificate,
                       String certificateStatus, java.util.List<Long> completedLessons) {
}
