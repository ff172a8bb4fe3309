package vn.trithuc.learning.exam;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * What a save has to know of an attempt that was active when it was read — its candidate, its
 * deadline and the version of each of its questions — kept in memory so that a save costs no read.
 * None of these change while an attempt is active (a regrade only moves answers to a version of
 * the same form, and forgets the attempts it touched anyway). Whether the attempt is <em>still</em>
 * active is not kept here: the {@link AnswerWriter}'s update requires it in the database, so an
 * attempt submitted on another node is refused there.
 */
@ApplicationScoped
public class OpenAttempts {

    /** Most attempts remembered; beyond it the expired ones go, then all (they are read again on the next save). */
    static final int LIMIT = 200_000;

    /** One attempt as read ({@code active} then; only active ones are kept): its questions sorted by id, each with its version. */
    public record Entry(String username, OffsetDateTime deadline, boolean active, long[] questionIds, long[] versionIds) {

        /** The version of one of the attempt's questions, or {@code null} when the question is not in the attempt. */
        Long version(long questionId) {
            int i = Arrays.binarySearch(questionIds, questionId);
            return i < 0 ? null : versionIds[i];
        }
    }

    private final ConcurrentHashMap<Long, Entry> entries = new ConcurrentHashMap<>();

    Entry get(long attemptId) {
        return entries.get(attemptId);
    }

    void put(long attemptId, Entry entry) {
        if (entries.size() >= LIMIT) {
            prune(OffsetDateTime.now());
            if (entries.size() >= LIMIT) {
                entries.clear();
            }
        }
        entries.put(attemptId, entry);
    }

    /** The attempt was submitted (or its questions changed): read it again next time. */
    void forget(long attemptId) {
        entries.remove(attemptId);
    }

    /** Drops attempts whose deadline and grace have passed; returns how many are left. */
    int prune(OffsetDateTime now) {
        OffsetDateTime cutoff = now.minus(Attempts.GRACE);
        entries.values().removeIf(entry -> entry.deadline().isBefore(cutoff));
        return entries.size();
    }

    int size() {
        return entries.size();
    }
}
