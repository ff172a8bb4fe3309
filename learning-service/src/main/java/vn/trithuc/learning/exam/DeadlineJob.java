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
 * Submits attempts whose deadline has passed, every 15 seconds, whether or not the candidate's
 * browser is still there: the server keeps the clock.
 */
@ApplicationScoped
public class DeadlineJob {

    private static final Logger LOG = Logger.getLogger(DeadlineJob.class);

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Attempts attempts;

    private ScheduledFuture<?> task;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        task = scheduler.scheduleWithFixedDelay(this::run, 15, 15, TimeUnit.SECONDS);
    }

    void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object stopping) {
        if (task != null) {
            task.cancel(false);
        }
    }

    /** One pass: each overdue attempt submitted in its own transaction. */
    public int run() {
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
}
