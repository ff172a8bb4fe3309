package vn.trithuc.learning.exam;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

/**
 * Group commit of answer saves: the saves that arrive while one transaction commits are written
 * together in the next (one batch of conditional updates, one batch of audit rows, one commit),
 * and each caller is answered only after the commit that holds its answer — so an acknowledged
 * answer is as durable as with a transaction per save, at a fraction of the commits when
 * thousands of candidates save at once. A batch that fails is written again one save per
 * transaction, so one bad row cannot fail the others.
 */
@ApplicationScoped
public class AnswerWriter {

    private static final Logger LOG = Logger.getLogger(AnswerWriter.class);
    /** Most saves in one transaction. */
    static final int MAX_BATCH = 500;

    /** The outcome of one save: whether it changed the answer (a newer sequence) or the attempt was no longer active. */
    public enum Outcome { SAVED, OLDER, NOT_ACTIVE }

    /** One save waiting for its commit. */
    record Save(long attemptId, long questionId, String response, long seq, String ip, OffsetDateTime at,
                CompletableFuture<Outcome> done) {
    }

    private static final String UPDATE = "update learning.attempt_question set response = ?, seq = ?, saved_at = ? "
            + "where id = ? and attempt_id = ? and seq < ? and exists (select 1 from learning.attempt a where a.id = ? and a.status = 'ACTIVE')";
    private static final String ACTIVE = "select 1 from learning.attempt where id = ? and status = 'ACTIVE'";
    private static final String EVENT = "insert into learning.attempt_event (attempt_id, kind, detail, ip, at) values (?, 'save', ?, ?, ?)";

    @Resource(lookup = "java:jboss/datasources/TriThucDS")
    DataSource dataSource;

    @Resource
    ManagedThreadFactory threads;

    private final BlockingQueue<Save> queue = new LinkedBlockingQueue<>();
    private volatile boolean running = true;
    private Thread writer;

    @PostConstruct
    void start() {
        writer = threads.newThread(this::run);
        writer.setName("trithuc-answer-writer");
        writer.start();
    }

    @PreDestroy
    void stop() {
        running = false;
        writer.interrupt();
    }

    /** Queues a save; the future completes after the transaction that holds it has committed. */
    public CompletableFuture<Outcome> write(long attemptId, long questionId, String response, long seq, String ip) {
        CompletableFuture<Outcome> done = new CompletableFuture<>();
        if (!running) {
            done.completeExceptionally(new IllegalStateException("The server is stopping"));
            return done;
        }
        queue.add(new Save(attemptId, questionId, response, seq, ip, OffsetDateTime.now(), done));
        return done;
    }

    private void run() {
        List<Save> batch = new ArrayList<>(MAX_BATCH);
        while (running || !queue.isEmpty()) {
            try {
                Save first = queue.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                write(batch);
            } catch (InterruptedException e) {
                if (!running) {
                    queue.drainTo(batch);
                    write(batch);
                }
            } catch (RuntimeException e) {
                LOG.error("Answer writer failed a batch", e);
                batch.forEach(save -> save.done().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
    }

    /** One transaction for the batch; one per save when the batch fails. */
    private void write(List<Save> batch) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            List<Outcome> outcomes = commit(batch);
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).done().complete(outcomes.get(i));
            }
        } catch (SQLException batchFailed) {
            if (batch.size() == 1) {
                batch.get(0).done().completeExceptionally(batchFailed);
                return;
            }
            LOG.warnf("A batch of %d answers failed (%s); writing them one by one", batch.size(), batchFailed.getMessage());
            for (Save save : batch) {
                write(List.of(save));
            }
        }
    }

    private List<Outcome> commit(List<Save> batch) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement update = connection.prepareStatement(UPDATE);
                 PreparedStatement event = connection.prepareStatement(EVENT);
                 PreparedStatement active = connection.prepareStatement(ACTIVE)) {
                for (Save save : batch) {
                    update.setString(1, save.response());
                    update.setLong(2, save.seq());
                    update.setObject(3, save.at());
                    update.setLong(4, save.questionId());
                    update.setLong(5, save.attemptId());
                    update.setLong(6, save.seq());
                    update.setLong(7, save.attemptId());
                    update.addBatch();
                }
                int[] counts = update.executeBatch();
                List<Outcome> outcomes = new ArrayList<>(batch.size());
                for (int i = 0; i < batch.size(); i++) {
                    Save save = batch.get(i);
                    Outcome outcome = counts[i] > 0 ? Outcome.SAVED : isActive(active, save.attemptId()) ? Outcome.OLDER : Outcome.NOT_ACTIVE;
                    outcomes.add(outcome);
                    if (outcome != Outcome.NOT_ACTIVE) {
                        event.setLong(1, save.attemptId());
                        event.setString(2, "question " + save.questionId() + " seq " + save.seq()
                                + (outcome == Outcome.OLDER ? " (older, ignored)" : ""));
                        event.setString(3, save.ip());
                        event.setObject(4, save.at());
                        event.addBatch();
                    }
                }
                event.executeBatch();
                connection.commit();
                return outcomes;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private static boolean isActive(PreparedStatement active, long attemptId) throws SQLException {
        active.setLong(1, attemptId);
        try (var row = active.executeQuery()) {
            return row.next();
        }
    }
}
