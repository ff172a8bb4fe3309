package vn.trithuc.learning.exam;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A fair gate for costly work at a crowded start: a few pass at once, the others wait in arrival
 * order for up to a bounded time, then are told to retry rather than pile onto the database.
 */
final class Admission {

    private final Semaphore permits;
    private final Duration patience;

    Admission(int concurrent, Duration patience) {
        this.permits = new Semaphore(concurrent, true);
        this.patience = patience;
    }

    /** Waits for a turn; {@code false} when none came within the patience. */
    boolean tryAcquire() {
        try {
            return permits.tryAcquire(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    void release() {
        permits.release();
    }
}
