package vn.trithuc.learning.exam;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

/**
 * Every 15 seconds: submits attempts whose deadline has passed, whether or not the candidate's
 * browser is still there (the server keeps the clock), and prepares attempts for sittings that
 * start within the next two hours, so that their start is a cheap update. Preparation resumes
 * where it stopped after a restart: it only ever tops up to the sitting's target.
 */
@ApplicationScoped
public class DeadlineJob {

    private static final Logger LOG = Logger.getLogger(DeadlineJob.class);

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Attempts attempts;

    @Inject
    Sittings sittings;

    @Inject
    OpenAttempts open;

    /** How far ahead sittings are prepared. */
    static final java.time.Duration PREPARE_AHEAD = java.time.Duration.ofHours(2);
    /** Attempts prepared per transaction. */
    static final int CHUNK = 50;

    private ScheduledFuture<?> task;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        task = scheduler.scheduleWithFixedDelay(() -> {
            run();
            prepare(java.time.Duration.ofSeconds(10));
        }, 15, 15, TimeUnit.SECONDS);
    }

    void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object stopping) {
        if (task != null) {
            task.cancel(false);
        }
    }

    /** One pass: each overdue attempt submitted in its own transaction; attempts past their deadline leave the save cache. */
    public int run() {
        open.prune(java.time.OffsetDateTime.now());
        int done = 0;
        try {
            for (Long id : attempts.overdue()) {
                try {
                    attempts.expire(id);
                    done++;
                } catch (RuntimeException e) {
                    LOG.warnf(e, "Could not submit overdue attempt %d; will retry", id);
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Overdue attempts could not be listed; will retry", e);
        }
        return done;
    }

    /** Prepares attempts for upcoming sittings, a chunk per transaction, for at most {@code budget}; returns how many. */
    public int prepare(java.time.Duration budget) {
        if (!preparing.compareAndSet(false, true)) {
            return 0;
        }
        try {
            return prepareFor(budget);
        } finally {
            preparing.set(false);
        }
    }

    private final java.util.concurrent.atomic.AtomicBoolean preparing = new java.util.concurrent.atomic.AtomicBoolean();

    private int prepareFor(java.time.Duration budget) {
        long until = System.nanoTime() + budget.toNanos();
        int made = 0;
        try {
            for (Long sitting : sittings.toPrepare(PREPARE_AHEAD)) {
                int chunk;
                do {
                    chunk = attempts.prepare(sitting, CHUNK);
                    made += chunk;
                } while (chunk > 0 && System.nanoTime() < until);
            }
        } catch (RuntimeException e) {
            LOG.warn("Preparing attempts for a sitting failed; will retry", e);
        }
        return made;
    }

    /** Starts preparing now rather than at the next pass (a sitting was just scheduled). */
    public void prepareSoon() {
        scheduler.execute(() -> prepare(java.time.Duration.ofMinutes(5)));
    }
}
