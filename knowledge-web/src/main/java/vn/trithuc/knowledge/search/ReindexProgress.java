package vn.trithuc.knowledge.search;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Documents written and to write per reindex job execution, on this node (the job's status itself
 * is the batch runtime's, in its job repository).
 */
@ApplicationScoped
public class ReindexProgress {

    /** Counts of one execution. */
    public record Counts(long done, long total) {
    }

    private final Map<Long, AtomicLong[]> executions = new ConcurrentHashMap<>();

    void start(long execution) {
        executions.put(execution, new AtomicLong[] {new AtomicLong(), new AtomicLong()});
    }

    void added(long execution, long increment) {
        AtomicLong[] counts = executions.get(execution);
        if (counts != null) {
            counts[0].addAndGet(increment);
        }
    }

    void total(long execution, long increment) {
        AtomicLong[] counts = executions.get(execution);
        if (counts != null) {
            counts[1].addAndGet(increment);
        }
    }

    public Counts of(long execution) {
        AtomicLong[] counts = executions.get(execution);
        return counts == null ? new Counts(0, 0) : new Counts(counts[0].get(), counts[1].get());
    }
}
