package vn.trithuc.benchmarks.exam;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * One certification sitting at city scale: {@code candidates} civil servants start within
 * {@code rampSeconds} (claiming attempts prepared before the start), then each saves an answer
 * every {@code saveEverySeconds} of exam time, {@code saves} times (20 minutes at 15 s), with the
 * pauses divided by {@code compress}. Afterwards the database is checked for every acknowledged
 * answer (none may be missing), and the same save is run as raw JDBC updates against the same
 * database for {@code ceilingSeconds}, as the ceiling.
 * <pre>
 * ./mvnw -Pexam-load -pl benchmarks gatling:test -Dcandidates=5000 -Dcompress=5 \
 *     -Djdbc.url=jdbc:postgresql://localhost:5432/trithuc -Djdbc.user=… -Djdbc.password=…
 * </pre>
 */
public class ExamSittingSimulation extends Simulation {

    static final String LEARN = System.getProperty("learn", "http://localhost:8080/learn/");
    static final String KEYCLOAK = System.getProperty("keycloak", "http://localhost:8180");
    static final int CANDIDATES = Integer.getInteger("candidates", 5000);
    static final int RAMP_SECONDS = Integer.getInteger("rampSeconds", 60);
    static final int SAVES = Integer.getInteger("saves", 80);
    static final int SAVE_EVERY = Integer.getInteger("saveEverySeconds", 15);
    static final double COMPRESS = Double.parseDouble(System.getProperty("compress", "5"));
    static final int QUESTIONS = Integer.getInteger("questions", 20);
    static final int CEILING_SECONDS = Integer.getInteger("ceilingSeconds", 30);
    static final int CEILING_CLIENTS = Integer.getInteger("ceilingClients", 8);
    /** {@code bearer}: a token on every request, as an app would; {@code session}: the exam page's session cookie. */
    static final String AUTH = System.getProperty("auth", "bearer");

    /** The highest acknowledged sequence number per answer row (attempt question id). */
    static final Map<Long, Long> ACKNOWLEDGED = new ConcurrentHashMap<>();
    static final AtomicInteger REJECTED = new AtomicInteger();

    private final long exam;
    private final List<String> tokens;

    public ExamSittingSimulation() throws Exception {
        LoadSetup setup = new LoadSetup(LEARN, KEYCLOAK);
        long t0 = System.nanoTime();
        tokens = AUTH.equals("session") ? setup.sessions(CANDIDATES) : setup.candidates(CANDIDATES);
        long t1 = System.nanoTime();
        exam = setup.exam(Math.max(QUESTIONS * 2, 40), QUESTIONS);
        int prepared = setup.sitting(exam, CANDIDATES, Duration.ofMinutes(15));
        long t2 = System.nanoTime();
        System.out.printf("%nSETUP: %d candidates with " + (AUTH.equals("session") ? "sessions" : "tokens") + " in %.1f s; exam %d; %d attempts prepared ahead in %.1f s%n%n", tokens.size(),
                (t1 - t0) / 1e9, exam, prepared, (t2 - t1) / 1e9);

        Iterator<Map<String, Object>> feeder = new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public synchronized Map<String, Object> next() {
                return Map.of("token", tokens.get(next++ % tokens.size()));
            }
        };
        long pauseMillis = Math.round(SAVE_EVERY * 1000 / COMPRESS);
        HttpProtocolBuilder protocol = http.baseUrl(LEARN).acceptHeader("application/json").shareConnections();
        boolean cookies = AUTH.equals("session");
        ScenarioBuilder sitting = scenario("sitting").feed(feeder)
                .exec(s -> cookies ? s.set("session", s.getString("token").split(" ")[0]).set("csrf", s.getString("token").split(" ")[1]) : s)
                .exec(cookies ? exec(addCookie(Cookie("JSESSIONID", "#{session}").withDomain(URI.create(LEARN).getHost()).withPath("/learn")),
                        addCookie(Cookie("tt_csrf", "#{csrf}").withDomain(URI.create(LEARN).getHost()).withPath("/")))
                        : exec(s -> s))
                .exec(authorised(http("start").post("api/exams/" + exam + "/attempts"))
                        .check(status().in(200, 201), jsonPath("$.id").saveAs("attempt"), jsonPath("$.questions[*].id").findAll().saveAs("questions")))
                .exitHereIfFailed()
                // answers come at the candidate's own pace: spread the first one over the interval
                .pause(Duration.ZERO, Duration.ofMillis(pauseMillis))
                .repeat(SAVES, "i").on(
                        exec(session -> {
                            List<Object> questions = session.getList("questions");
                            int i = session.getInt("i");
                            return session.set("question", questions.get(i % questions.size())).set("seq", i + 1)
                                    .set("choice", String.valueOf((char) ('a' + ThreadLocalRandom.current().nextInt(4))));
                        })
                        .exec(authorised(http("save").put("api/attempts/#{attempt}/answers/#{question}"))
                                .body(StringBody("{\"response\":\"#{choice}\",\"seq\":#{seq}}")).asJson()
                                .check(status().is(204).saveAs("status")))
                        .exec(session -> {
                            if (!session.isFailed()) {
                                ACKNOWLEDGED.merge(Long.valueOf(session.getString("question")), (long) session.getInt("seq"), Math::max);
                            } else {
                                REJECTED.incrementAndGet();
                            }
                            return session.markAsSucceeded();
                        })
                        .pause(Duration.ofMillis(pauseMillis)));
        setUp(sitting.injectOpen(rampUsers(CANDIDATES).during(Duration.ofSeconds(RAMP_SECONDS)))).protocols(protocol);
    }

    /** A bearer token on the request, unless the candidates use their session cookie. */
    private static io.gatling.javaapi.http.HttpRequestActionBuilder authorised(io.gatling.javaapi.http.HttpRequestActionBuilder request) {
        // the page sends its CSRF token with state-changing requests; the session cookie authenticates
        return AUTH.equals("session") ? request.header("X-CSRF-Token", "#{csrf}") : request.header("Authorization", "Bearer #{token}");
    }

    @Override
    public void after() {
        String url = System.getProperty("jdbc.url");
        if (url == null) {
            System.out.println("\nNo -Djdbc.url: the lost-answer check and the JDBC ceiling need the database (PostgreSQL).\n");
            return;
        }
        String user = System.getProperty("jdbc.user");
        String password = System.getProperty("jdbc.password");
        try (Connection connection = DriverManager.getConnection(url, user, password);
             PreparedStatement read = connection.prepareStatement("select seq from learning.attempt_question where id = ?")) {
            int lost = 0;
            for (Map.Entry<Long, Long> ack : ACKNOWLEDGED.entrySet()) {
                read.setLong(1, ack.getKey());
                try (ResultSet row = read.executeQuery()) {
                    if (!row.next() || row.getLong(1) < ack.getValue()) {
                        lost++;
                    }
                }
            }
            System.out.printf("%nANSWERS: %d answer rows acknowledged, %d lost; %d saves not acknowledged%n", ACKNOWLEDGED.size(), lost,
                    REJECTED.get());
            List<Long> rows = new ArrayList<>(ACKNOWLEDGED.keySet());
            double ceiling = SaveCeiling.run(url, user, password, rows, CEILING_CLIENTS, Duration.ofSeconds(CEILING_SECONDS));
            System.out.printf("CEILING: raw JDBC conditional updates, %d clients, %d s: %.0f per second%n%n", CEILING_CLIENTS, CEILING_SECONDS,
                    ceiling);
        } catch (Exception e) {
            throw new IllegalStateException("The after-run checks failed", e);
        }
    }
}
