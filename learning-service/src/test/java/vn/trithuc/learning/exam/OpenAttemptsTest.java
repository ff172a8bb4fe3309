package vn.trithuc.learning.exam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

class OpenAttemptsTest {

    private static OpenAttempts.Entry entry(OffsetDateTime deadline) {
        return new OpenAttempts.Entry("congchuc", deadline, true, new long[] {3, 7, 12}, new long[] {30, 70, 120});
    }

    @Test
    void findsTheVersionOfEachQuestionOfTheAttemptAndNoOther() {
        OpenAttempts.Entry attempt = entry(OffsetDateTime.now());
        assertEquals(30L, attempt.version(3));
        assertEquals(120L, attempt.version(12));
        assertNull(attempt.version(5));
        assertNull(attempt.version(13));
    }

    @Test
    void forgetsSubmittedAttemptsAndPrunesThosePastTheirDeadlineAndGrace() {
        OpenAttempts open = new OpenAttempts();
        OffsetDateTime now = OffsetDateTime.now();
        OpenAttempts.Entry running = entry(now.plusMinutes(20));
        open.put(1, running);
        open.put(2, entry(now.minus(Attempts.GRACE).minusSeconds(1)));
        open.put(3, entry(now.minusSeconds(1))); // within the grace: a save on its way still counts
        assertEquals(2, open.prune(now));
        assertSame(running, open.get(1));
        assertNull(open.get(2));
        open.forget(1);
        assertNull(open.get(1));
        assertEquals(1, open.size());
    }

    @Test
    void staysWithinItsLimit() {
        OpenAttempts open = new OpenAttempts();
        OffsetDateTime later = OffsetDateTime.now().plusHours(1);
        for (long id = 0; id < OpenAttempts.LIMIT + 10; id++) {
            open.put(id, entry(later));
        }
        assertTrue(open.size() <= OpenAttempts.LIMIT, "size " + open.size());
        assertNotNull(open.get(OpenAttempts.LIMIT + 9L), "the newest attempt is kept");
    }
}
