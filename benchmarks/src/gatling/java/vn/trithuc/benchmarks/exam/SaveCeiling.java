package vn.trithuc.benchmarks.exam;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The ceiling for answer saving: the statement the API runs for a save (a conditional update of
 * the answer row, newer sequence numbers only), sent over plain JDBC with autocommit (one
 * transaction per save, as the API commits each save) from {@code clients} threads against the
 * same database and the same rows, for {@code duration}.
 */
final class SaveCeiling {

    private SaveCeiling() {
    }

    /** Upserts per second. */
    static double run(String url, String user, String password, List<Long> answerRows, int clients, Duration duration) throws Exception {
        AtomicLong done = new AtomicLong();
        AtomicLong seq = new AtomicLong(1_000_000);
        long until = System.nanoTime() + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> workers = new java.util.ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                workers.add(pool.submit(() -> {
                    try (Connection connection = DriverManager.getConnection(url, user, password);
                         PreparedStatement update = connection.prepareStatement("update learning.attempt_question set response = ?, seq = ?, "
                                 + "saved_at = ? where id = ? and seq < ?")) {
                        connection.setAutoCommit(true);
                        int i = client;
                        while (System.nanoTime() < until) {
                            long s = seq.incrementAndGet();
                            update.setString(1, "\"" + (char) ('a' + (i % 4)) + "\"");
                            update.setLong(2, s);
                            update.setObject(3, OffsetDateTime.now());
                            update.setLong(4, answerRows.get(i % answerRows.size()));
                            update.setLong(5, s);
                            update.executeUpdate();
                            done.incrementAndGet();
                            i += clients;
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdown();
        }
        return done.get() / (duration.toMillis() / 1000.0);
    }
}
