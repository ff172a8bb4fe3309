package vn.trithuc.learning.exam;

import java.io.StringReader;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import vn.trithuc.content.questions.Grader;
import vn.trithuc.content.questions.Question;
import vn.trithuc.content.questions.QuestionType;
import vn.trithuc.learning.progress.Learning;
import vn.trithuc.learning.quiz.QuestionJson;
import vn.trithuc.web.problem.ProblemException;
import vn.trithuc.web.security.Caller;

/**
 * Attempts, with the server as the authority: it draws the questions, keeps the deadline, takes
 * each answer as one update (a later sequence number wins, an earlier or repeated one changes
 * nothing), and grades. The key never leaves it.
 */
@ApplicationScoped
@Transactional
public class Attempts {

    /** Saves up to this long after the deadline still count (the request was on its way). */
    static final Duration GRACE = Duration.ofSeconds(5);
    /** Longest a save waits for its commit before the candidate is told to send it again. */
    static final Duration SAVE_WAIT = Duration.ofSeconds(30);

    /** A question as the candidate sees it, with the answer saved so far (to resume on another device). */
    public record Item(long id, int number, String type, String prompt, List<Question.Option> options, List<Question.Option> targets,
                       Integer gaps, JsonValue response, long seq, Double fraction) {
    }

    /** The result of a submitted attempt ({@code score} and {@code passed} shown as the exam's review policy allows). */
    public record Result(Double score, Double maxScore, Boolean passed, int pending, String certificate) {
    }

    /** An attempt as the candidate sees it. */
    public record AttemptView(long id, long examId, String title, String status, OffsetDateTime deadline, long secondsLeft,
                              List<Item> questions, Result result) {
    }

    /** A start: the attempt, and whether it is new (201) or the active one returned again (200). */
    public record Started(AttemptView attempt, boolean created) {
    }

    @PersistenceContext(unitName = "learning")
    EntityManager em;

    @Inject
    Exams exams;

    @Inject
    QuestionVersions versions;

    @Inject
    Learning learning;

    @Inject
    Sittings sittings;

    @Inject
    AnswerWriter writer;

    @Inject
    OpenAttempts open;

    /** This bean through its proxy, for {@link #saveAsync}'s transaction attribute. */
    @Inject
    Attempts self;

    /** Prepared attempts not yet handed out, per sitting. */
    private final java.util.Map<Long, java.util.Queue<Long>> pools = new java.util.concurrent.ConcurrentHashMap<>();

    /** Fresh draws at once (each holds a connection for a few inserts); the rest wait their turn, first come first served. */
    private final Admission admission = new Admission(Math.max(2, Runtime.getRuntime().availableProcessors() * 2), Duration.ofSeconds(20));

    /**
     * Starts an attempt, or returns the active one (one active attempt per candidate and exam).
     * During a sitting the candidate claims an attempt prepared ahead (one update); otherwise, or
     * when the prepared ones run out, the questions are drawn now, a few at a time in arrival
     * order so that a crowd at the start is served fairly rather than all at once.
     */
    public Started start(Caller caller, long examId, String ip, String accessCode) {
        caller.requireAuthenticated();
        Exam exam = exams.find(examId);
        if (!exam.admits(caller.groups())) {
            throw new ProblemException("not-admitted", 403, "Not admitted", "This exam is for members of " + String.join(", ", exam.groups()) + ".");
        }
        OffsetDateTime now = OffsetDateTime.now();
        Attempt active = active(examId, caller.username());
        if (active != null && now.isBefore(active.deadline().plus(GRACE))) {
            return new Started(view(active, exam), false);
        }
        if (active != null) {
            grade(active, exam);
        }
        if (!exam.isOpen(now)) {
            throw new ProblemException("exam-not-open", 409, "Exam not open", exam.opensAt() != null && now.isBefore(exam.opensAt())
                    ? "The exam opens at " + exam.opensAt() + "." : "The exam has closed.");
        }
        Sitting sitting = sittings.admit(examId, now, accessCode, ip);
        long used = em.createQuery("select count(a) from Attempt a where a.examId = :e and a.username = :u", Long.class)
                .setParameter("e", examId).setParameter("u", caller.username()).getSingleResult();
        if (used >= exam.attemptLimit()) {
            throw new ProblemException("no-attempts-left", 409, "No attempts left", "This exam allows " + exam.attemptLimit() + " attempt(s).");
        }
        OffsetDateTime deadline = now.plusMinutes(exam.timeLimitMinutes());
        if (exam.closesAt() != null && exam.closesAt().isBefore(deadline)) {
            deadline = exam.closesAt();
        }
        String groups = String.join("\n", caller.groups());
        if (sitting != null) {
            Long claimed = claim(sitting.id(), examId, caller, groups, now, deadline);
            if (claimed != null) {
                event(claimed, "start", "prepared attempt, sitting " + sitting.id(), ip);
                Attempt attempt = em.find(Attempt.class, claimed);
                em.refresh(attempt);
                return new Started(view(attempt, exam), true);
            }
        }
        if (!admission.tryAcquire()) {
            throw new ProblemException("busy", 503, "Many candidates are starting", "Your place is kept: try again in a few seconds.",
                    java.util.Map.of("retryAfter", 3));
        }
        try {
            Attempt attempt = new Attempt(examId, caller.username(), caller.name(), groups, now, deadline);
            attempt.sitting(sitting == null ? null : sitting.id());
            em.persist(attempt);
            em.flush();
            int drawn = drawInto(attempt, exam);
            event(attempt.id(), "start", drawn + " questions", ip);
            em.flush();
            return new Started(view(attempt, exam), true);
        } finally {
            admission.release();
        }
    }

    /** Draws up to {@code count} attempts for a sitting ahead of its start; returns how many were made. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int prepare(long sittingId, int count) {
        Sitting sitting = sittings.find(sittingId);
        Exam exam = exams.find(sitting.examId());
        long have = em.createQuery("select count(a) from Attempt a where a.sittingId = :s", Long.class).setParameter("s", sittingId)
                .getSingleResult();
        int make = (int) Math.max(0, Math.min(count, sitting.prepareTarget() - have));
        for (int i = 0; i < make; i++) {
            Attempt attempt = Attempt.prepared(exam.id(), sittingId, OffsetDateTime.now());
            em.persist(attempt);
            em.flush();
            drawInto(attempt, exam);
        }
        em.flush();
        return make;
    }

    /** The candidate's active attempt at an exam, if any. */
    private Attempt active(long examId, String username) {
        return em.createQuery("select a from Attempt a where a.examId = :e and a.username = :u and a.status = :s", Attempt.class)
                .setParameter("e", examId).setParameter("u", username).setParameter("s", Attempt.Status.ACTIVE)
                .getResultStream().findFirst().orElse(null);
    }

    /**
     * Takes a prepared attempt of the sitting for the caller: ids come from an in-memory queue
     * (refilled from the database when empty) and each is taken by one conditional update, so two
     * servers or two candidates never get the same one.
     */
    private Long claim(long sittingId, long examId, Caller caller, String groups, OffsetDateTime now, OffsetDateTime deadline) {
        java.util.Queue<Long> pool = pools.computeIfAbsent(sittingId, id -> new java.util.concurrent.ConcurrentLinkedQueue<>());
        for (int refills = 0; refills < 2; ) {
            Long id = pool.poll();
            if (id == null) {
                synchronized (pool) {
                    if (pool.isEmpty()) {
                        List<Long> ids = em.createQuery("select a.id from Attempt a where a.sittingId = :s and a.status = :p order by a.id",
                                Long.class).setParameter("s", sittingId).setParameter("p", Attempt.Status.PREPARED).setMaxResults(2000)
                                .getResultList();
                        if (ids.isEmpty()) {
                            return null;
                        }
                        pool.addAll(ids);
                    }
                }
                refills++;
                continue;
            }
            int taken = em.createNativeQuery("update learning.attempt set username = ?1, learner_name = ?2, learner_groups = ?3, "
                            + "started_at = ?4, deadline = ?5, status = 'ACTIVE', active_key = ?6, version = version + 1 "
                            + "where id = ?7 and status = 'PREPARED'")
                    .setParameter(1, caller.username()).setParameter(2, caller.name()).setParameter(3, groups).setParameter(4, now)
                    .setParameter(5, deadline).setParameter(6, Attempt.activeKey(examId, caller.username()))
                    .setParameter(7, id).executeUpdate();
            if (taken == 1) {
                return id;
            }
        }
        return null;
    }

    /** The attempt for its candidate: questions without keys and the answers saved so far. */
    public AttemptView get(Caller caller, long attemptId) {
        Attempt attempt = own(caller, attemptId);
        Exam exam = exams.find(attempt.examId());
        if (attempt.status() == Attempt.Status.ACTIVE && OffsetDateTime.now().isAfter(attempt.deadline().plus(GRACE))) {
            grade(attempt, exam);
        }
        return view(attempt, exam);
    }

    /**
     * Saves one answer: checked against the question's form (400 with the reason), refused after
     * the deadline (409) or for a question not in the attempt (404); a lower or equal sequence
     * number than the one saved changes nothing (the request is still acknowledged). Returns once
     * the answer is committed.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void save(Caller caller, long attemptId, long questionId, JsonValue response, Long seq, String ip) {
        awaitSaved(self.saveAsync(caller, attemptId, questionId, response, seq, ip));
    }

    /**
     * {@link #save}'s checks in the caller's thread (no transaction; no read either once the attempt
     * is in {@link OpenAttempts}), then the write
     * through the {@link AnswerWriter}'s group commit: the future completes after the commit that
     * holds this answer.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CompletableFuture<AnswerWriter.Outcome> saveAsync(Caller caller, long attemptId, long questionId, JsonValue response,
                                                             Long seq, String ip) {
        caller.requireAuthenticated();
        if (seq == null || seq < 1) {
            throw new ProblemException("invalid-answer", 400, "Sequence number required", "Send {response, seq} with seq 1, 2, 3… per question.");
        }
        OpenAttempts.Entry attempt = open.get(attemptId);
        if (attempt == null) {
            attempt = read(attemptId);
        }
        if (attempt == null || !caller.username().equals(attempt.username())) {
            throw ProblemException.notFound("The attempt " + attemptId);
        }
        // time first: after the deadline the answer is late whether or not the job has submitted the attempt yet
        if (OffsetDateTime.now().isAfter(attempt.deadline().plus(GRACE))) {
            throw new ProblemException("deadline-passed", 409, "Time is up", "The deadline was " + attempt.deadline() + "; the answer was not saved.",
                    java.util.Map.of("deadline", attempt.deadline().toString()));
        }
        if (!attempt.active()) {
            throw submitted();
        }
        Long version = attempt.version(questionId);
        if (version == null) {
            throw ProblemException.notFound("Question " + questionId + " in this attempt");
        }
        Question question = versions.get(version);
        try {
            Grader.check(question, QuestionJson.value(response));
        } catch (Grader.InvalidResponse e) {
            throw new ProblemException("invalid-answer", 400, "Invalid answer", e.getMessage());
        }
        return writer.write(attemptId, questionId, response.toString(), seq, ip);
    }

    /**
     * Reads what a save checks of an attempt — candidate, state, deadline, each question's version —
     * in one query, and remembers it while the attempt is active; {@code null} when there is no such attempt.
     */
    private OpenAttempts.Entry read(long attemptId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select a.username, a.status, a.deadline, q.id, q.question_version_id "
                        + "from learning.attempt a left join learning.attempt_question q on q.attempt_id = a.id where a.id = ?1 order by q.id")
                .setParameter(1, attemptId).getResultList();
        if (rows.isEmpty() || rows.get(0)[0] == null) {
            return null;
        }
        Object[] first = rows.get(0);
        boolean active = "ACTIVE".equals(first[1]);
        int n = first[3] == null ? 0 : rows.size();
        long[] questionIds = new long[n];
        long[] versionIds = new long[n];
        for (int i = 0; i < n; i++) {
            questionIds[i] = ((Number) rows.get(i)[3]).longValue();
            versionIds[i] = ((Number) rows.get(i)[4]).longValue();
        }
        OpenAttempts.Entry entry = new OpenAttempts.Entry((String) first[0], timestamp(first[2]), active, questionIds, versionIds);
        if (active) {
            open.put(attemptId, entry);
        }
        return entry;
    }

    /** Waits for a queued save (at most {@link #SAVE_WAIT}) and turns its outcome into the API's answer. */
    static void awaitSaved(CompletableFuture<AnswerWriter.Outcome> saved) {
        try {
            settled(saved.get(SAVE_WAIT.toMillis(), TimeUnit.MILLISECONDS), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            settled(null, e);
        } catch (ExecutionException | TimeoutException e) {
            settled(null, e);
        }
    }

    /** The API's answer to a save's outcome: nothing for saved or older, a problem otherwise. */
    static void settled(AnswerWriter.Outcome outcome, Throwable error) {
        if (error != null) {
            Throwable cause = error instanceof ExecutionException || error instanceof java.util.concurrent.CompletionException
                    ? error.getCause() : error;
            throw new ProblemException("answer-not-saved", 503, "Answer not saved",
                    "The answer could not be written just now (" + cause.getClass().getSimpleName() + "); send it again.");
        }
        if (outcome == AnswerWriter.Outcome.NOT_ACTIVE) {
            throw submitted();
        }
    }

    private static ProblemException submitted() {
        return new ProblemException("attempt-submitted", 409, "Attempt submitted", "This attempt was submitted; answers can no longer change.");
    }

    /** One of the caller's attempts at an exam, newest first. */
    public record Mine(long id, String status, OffsetDateTime startedAt, OffsetDateTime deadline, OffsetDateTime submittedAt, Result result) {
    }

    public List<Mine> mine(Caller caller, long examId) {
        caller.requireAuthenticated();
        Exam exam = exams.find(examId);
        List<Mine> mine = new ArrayList<>();
        for (Attempt a : em.createQuery("select a from Attempt a where a.examId = :e and a.username = :u order by a.startedAt desc",
                Attempt.class).setParameter("e", examId).setParameter("u", caller.username()).getResultList()) {
            mine.add(new Mine(a.id(), a.status().name().toLowerCase(java.util.Locale.ROOT), a.startedAt(), a.deadline(), a.submittedAt(),
                    a.status() == Attempt.Status.SUBMITTED ? result(a, exam) : null));
        }
        return mine;
    }

    /** One entry of an attempt's audit trail. */
    public record Event(String kind, String detail, String ip, OffsetDateTime at) {
    }

    /** The audit trail of an attempt, oldest first (exam administrators and instructors). */
    @SuppressWarnings("unchecked")
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Event> events(Caller caller, long attemptId) {
        mayGrade(caller);
        if (em.find(Attempt.class, attemptId) == null) {
            throw ProblemException.notFound("The attempt " + attemptId);
        }
        List<Object[]> rows = em.createNativeQuery("select kind, detail, ip, at from learning.attempt_event where attempt_id = ?1 order by at, id")
                .setParameter(1, attemptId).getResultList();
        return rows.stream().map(r -> new Event((String) r[0], (String) r[1], (String) r[2], timestamp(r[3]))).toList();
    }

    /** Records something the page reports (focus lost, reconnected…). */
    public void report(Caller caller, long attemptId, String kind, String detail, String ip) {
        own(caller, attemptId);
        if (kind == null || !kind.matches("[a-z-]{1,32}")) {
            throw new ProblemException("invalid-event", 400, "Invalid event", "kind is a short lower-case word such as focus-lost.");
        }
        event(attemptId, kind, detail == null ? null : detail.substring(0, Math.min(500, detail.length())), ip);
    }

    /** Submits and grades; submitting again returns the same result. */
    public Result submit(Caller caller, long attemptId, String ip) {
        Attempt attempt = own(caller, attemptId);
        Exam exam = exams.find(attempt.examId());
        if (attempt.status() == Attempt.Status.ACTIVE) {
            event(attemptId, "submit", null, ip);
            return grade(attempt, exam);
        }
        return result(attempt, exam);
    }

    /** Submits an attempt whose deadline passed (the scheduled job; the candidate may be gone). */
    public void expire(long attemptId) {
        Attempt attempt = em.find(Attempt.class, attemptId);
        if (attempt != null && attempt.status() == Attempt.Status.ACTIVE && OffsetDateTime.now().isAfter(attempt.deadline().plus(GRACE))) {
            event(attemptId, "auto-submit", "deadline " + attempt.deadline(), null);
            grade(attempt, exams.find(attempt.examId()));
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> overdue() {
        return em.createQuery("select a.id from Attempt a where a.status = :s and a.deadline < :t", Long.class)
                .setParameter("s", Attempt.Status.ACTIVE).setParameter("t", OffsetDateTime.now().minus(GRACE)).setMaxResults(500)
                .getResultList();
    }

    // --- grading

    /** An essay waiting for a grader: the question with its rubric and the candidate's text. */
    public record Pending(long id, long attemptId, long examId, String exam, String candidate, String prompt, String rubric,
                          JsonValue response, double points) {
    }

    /** The essays waiting to be graded (instructors and exam administrators), oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Pending> pending(Caller caller, Long examId) {
        mayGrade(caller);
        List<Pending> pending = new ArrayList<>();
        var query = em.createQuery("select q from AttemptQuestion q, Attempt a where q.attemptId = a.id and a.status = :s "
                        + "and q.graded = false" + (examId == null ? "" : " and a.examId = :e") + " order by a.submittedAt, q.position",
                AttemptQuestion.class).setParameter("s", Attempt.Status.SUBMITTED);
        if (examId != null) {
            query.setParameter("e", examId);
        }
        for (AttemptQuestion aq : query.getResultList()) {
            Attempt attempt = em.find(Attempt.class, aq.attemptId());
            Exam exam = exams.find(attempt.examId());
            Question q = versions.get(aq.questionVersionId());
            pending.add(new Pending(aq.id(), attempt.id(), exam.id(), exam.title(), attempt.learnerName(), q.prompt(),
                    q.key() == null ? null : q.key().rubric(), aq.response() == null ? null : parse(aq.response()), aq.points()));
        }
        return pending;
    }

    /**
     * Grades an essay ({@code points} of the question's points, with a comment); when the attempt
     * has nothing left to grade, its score and pass are final (and a pass completes the course).
     */
    public Result gradeEssay(Caller caller, long attemptQuestionId, Double points, String comment) {
        mayGrade(caller);
        AttemptQuestion aq = em.find(AttemptQuestion.class, attemptQuestionId);
        if (aq == null) {
            throw ProblemException.notFound("The answer " + attemptQuestionId);
        }
        Attempt attempt = em.find(Attempt.class, aq.attemptId());
        if (attempt.status() != Attempt.Status.SUBMITTED) {
            throw new ProblemException("attempt-not-submitted", 409, "Attempt not submitted", "Essays are graded after the attempt is submitted.");
        }
        if (points == null || points < 0 || points > aq.points()) {
            throw new ProblemException("invalid-grade", 400, "Invalid points", "points runs from 0 to " + aq.points() + ".");
        }
        aq.gradeByHand(aq.points() == 0 ? 0 : points / aq.points(), caller.username(),
                comment == null || comment.isBlank() ? null : comment.strip().substring(0, Math.min(2000, comment.strip().length())));
        em.flush();
        Exam exam = exams.find(attempt.examId());
        score(attempt, exam, attempt.submittedAt());
        event(attempt.id(), "graded", "answer " + attemptQuestionId + " by " + caller.username(), null);
        em.flush();
        return result(attempt, exam);
    }

    private static void mayGrade(Caller caller) {
        caller.requireAuthenticated();
        if (!caller.hasRole(vn.trithuc.web.security.Role.INSTRUCTOR) && !caller.hasRole(vn.trithuc.web.security.Role.EXAM_ADMIN)) {
            throw ProblemException.forbidden(vn.trithuc.web.security.Role.INSTRUCTOR);
        }
    }

    private Result grade(Attempt attempt, Exam exam) {
        open.forget(attempt.id());
        score(attempt, exam, OffsetDateTime.now());
        return result(attempt, exam);
    }

    /** Grades every answer not graded by a person, and sets the score and the pass (null while essays wait). */
    private void score(Attempt attempt, Exam exam, OffsetDateTime submittedAt) {
        double score = 0;
        double max = 0;
        int pending = 0;
        for (AttemptQuestion aq : questions(attempt.id())) {
            Question q = versions.get(aq.questionVersionId());
            max += aq.points();
            if (aq.gradedBy() != null) {
                score += aq.fraction() == null ? 0 : aq.fraction() * aq.points();
                continue;
            }
            if (aq.response() == null) {
                aq.grade(0.0, true);
                continue;
            }
            Grader.Grade grade;
            try {
                grade = Grader.grade(q, QuestionJson.value(parse(aq.response())));
            } catch (Grader.InvalidResponse e) {
                // an answer saved for the question's earlier form: it no longer fits, so it earns nothing
                aq.grade(0.0, true);
                continue;
            }
            if (grade.graded()) {
                aq.grade(grade.fraction(), true);
                score += grade.fraction() * aq.points();
            } else {
                aq.grade(null, false);
                pending++;
            }
        }
        Boolean passed = pending > 0 ? null : max > 0 && score * 100 >= exam.passMark() * max - 1e-9;
        attempt.submit(submittedAt, Math.round(score * 100) / 100.0, max, passed);
        em.flush();
    }

    // --- regrading

    /** What a regrade changed. */
    public record Regrade(int questions, int attempts, int scoreChanges, int nowPassing, int nowFailing, List<String> skipped) {
    }

    /**
     * After a key correction: every answer to a question of this exam that has a newer version
     * moves to it when the new version has the same form (type, options, targets, gaps), and the
     * submitted attempts are graded again (essays keep their graders' marks). Candidates who now
     * pass get the linked course completed and its certificate; those who no longer pass are
     * counted for the administrators to follow up (certificates are not withdrawn silently).
     */
    public Regrade regrade(Caller caller, long examId) {
        mayGrade(caller);
        Exam exam = exams.find(examId);
        List<Object[]> rows = em.createQuery("select aq, v.id from AttemptQuestion aq, Attempt a, BankQuestion q, QuestionVersion v "
                + "where aq.attemptId = a.id and a.examId = :e and q.id = aq.questionId and v.questionId = q.id "
                + "and v.number = q.currentVersion and v.id <> aq.questionVersionId", Object[].class).setParameter("e", examId).getResultList();
        Set<Long> questionsChanged = new LinkedHashSet<>();
        Set<Long> touched = new LinkedHashSet<>();
        Set<String> skipped = new LinkedHashSet<>();
        for (Object[] row : rows) {
            AttemptQuestion aq = (AttemptQuestion) row[0];
            long current = (Long) row[1];
            Question before = versions.get(aq.questionVersionId());
            Question after = versions.get(current);
            if (!sameForm(before, after)) {
                skipped.add("question " + aq.questionId() + ": the new version changed the question's form (type, options or gaps), "
                        + "so answers given to the old one cannot be graded against it");
                continue;
            }
            aq.regradeWith(current);
            questionsChanged.add(aq.questionId());
            touched.add(aq.attemptId());
        }
        em.flush();
        touched.forEach(open::forget);
        int changes = 0;
        int nowPassing = 0;
        int nowFailing = 0;
        for (Long id : touched) {
            Attempt attempt = em.find(Attempt.class, id);
            if (attempt.status() != Attempt.Status.SUBMITTED) {
                continue; // graded with the corrected key when submitted
            }
            Double before = attempt.score();
            Boolean passedBefore = attempt.passed();
            score(attempt, exam, attempt.submittedAt());
            if (!java.util.Objects.equals(before, attempt.score())) {
                changes++;
            }
            if (!Boolean.TRUE.equals(passedBefore) && Boolean.TRUE.equals(attempt.passed())) {
                nowPassing++;
                if (exam.courseId() != null) {
                    learning.examPassed(attempt.username(), exam.courseId());
                }
            } else if (Boolean.TRUE.equals(passedBefore) && !Boolean.TRUE.equals(attempt.passed())) {
                nowFailing++;
            }
            event(id, "regraded", "score " + before + " → " + attempt.score() + " by " + caller.username(), null);
        }
        em.createNativeQuery("insert into learning.exam_regrade (exam_id, regraded_by, regraded_at, questions, attempts, score_changes, "
                        + "now_passing, now_failing) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                .setParameter(1, examId).setParameter(2, caller.username()).setParameter(3, OffsetDateTime.now())
                .setParameter(4, questionsChanged.size()).setParameter(5, touched.size()).setParameter(6, changes)
                .setParameter(7, nowPassing).setParameter(8, nowFailing).executeUpdate();
        return new Regrade(questionsChanged.size(), touched.size(), changes, nowPassing, nowFailing, List.copyOf(skipped));
    }

    /** Same type, same option and target ids, same number of gaps: an answer to one fits the other. */
    static boolean sameForm(Question a, Question b) {
        return a.type() == b.type() && ids(a.options()).equals(ids(b.options())) && ids(a.targets()).equals(ids(b.targets()))
                && java.util.Objects.equals(a.type() == QuestionType.FILL_IN_BLANKS ? a.gaps() : null,
                b.type() == QuestionType.FILL_IN_BLANKS ? b.gaps() : null);
    }

    private static Set<String> ids(List<Question.Option> options) {
        return options.stream().map(Question.Option::id).collect(java.util.stream.Collectors.toSet());
    }

    private Result result(Attempt attempt, Exam exam) {
        long pending = em.createQuery("select count(q) from AttemptQuestion q where q.attemptId = :a and q.graded = false", Long.class)
                .setParameter("a", attempt.id()).getSingleResult();
        String certificate = null;
        if (Boolean.TRUE.equals(attempt.passed()) && exam.courseId() != null) {
            certificate = learning.examPassed(attempt.username(), exam.courseId());
        }
        boolean show = exam.review() != Exam.Review.NONE;
        return new Result(show ? attempt.score() : null, show ? attempt.maxScore() : null, show ? attempt.passed() : null, (int) pending,
                certificate);
    }

    // --- drawing and views

    /** Draws the exam's questions into an attempt (shuffled, options shuffled); returns how many. */
    private int drawInto(Attempt attempt, Exam exam) {
        List<long[]> drawn = draw(exam);
        int position = 0;
        for (long[] d : drawn) {
            Question q = versions.get(d[1]);
            em.persist(new AttemptQuestion(attempt.id(), ++position, d[0], d[1], order(q), Double.longBitsToDouble(d[2])));
        }
        return drawn.size();
    }

    /** Per rule, the questions drawn at random (no question twice): {question id, version id, points as bits}. */
    private List<long[]> draw(Exam exam) {
        Set<Long> taken = new LinkedHashSet<>();
        List<long[]> drawn = new ArrayList<>();
        for (ExamRule rule : exams.rules(exam.id())) {
            String jpql = "select q.id, v.id from BankQuestion q, QuestionVersion v where v.questionId = q.id and v.number = q.currentVersion "
                    + "and q.bankId = :b and q.category = :c and q.retired = false" + (rule.difficulty() == null ? "" : " and q.difficulty = :d");
            var query = em.createQuery(jpql, Object[].class).setParameter("b", exam.bankId()).setParameter("c", rule.category());
            if (rule.difficulty() != null) {
                query.setParameter("d", vn.trithuc.learning.bank.BankQuestion.Difficulty.valueOf(rule.difficulty()));
            }
            List<Object[]> candidates = new ArrayList<>(query.getResultList());
            candidates.removeIf(c -> taken.contains((Long) c[0]));
            if (candidates.size() < rule.count()) {
                throw new ProblemException("bank-too-small", 409, "Not enough questions",
                        "The bank no longer has " + rule.count() + " questions in \"" + rule.category() + "\".");
            }
            Collections.shuffle(candidates, ThreadLocalRandom.current());
            for (Object[] c : candidates.subList(0, rule.count())) {
                taken.add((Long) c[0]);
                drawn.add(new long[] {(Long) c[0], (Long) c[1], Double.doubleToLongBits(rule.points())});
            }
        }
        Collections.shuffle(drawn, ThreadLocalRandom.current());
        return drawn;
    }

    /** The order options are shown in: shuffled for choices, items to order and items to match. */
    private static String order(Question q) {
        if (q.options().isEmpty() || q.type() == QuestionType.TRUE_FALSE) {
            return null;
        }
        List<String> ids = new ArrayList<>(q.options().stream().map(Question.Option::id).toList());
        Collections.shuffle(ids, ThreadLocalRandom.current());
        return String.join(",", ids);
    }

    private AttemptView view(Attempt attempt, Exam exam) {
        List<Item> items = new ArrayList<>();
        for (AttemptQuestion aq : questions(attempt.id())) {
            Question q = versions.get(aq.questionVersionId());
            List<Question.Option> options = new ArrayList<>();
            if (aq.optionOrder() != null) {
                for (String id : aq.optionOrder().split(",")) {
                    q.options().stream().filter(o -> o.id().equals(id)).findFirst().ifPresent(o -> options.add(new Question.Option(o.id(), o.text())));
                }
            }
            items.add(new Item(aq.id(), aq.position(), q.type().key(), q.prompt(), options,
                    q.targets().stream().map(t -> new Question.Option(t.id(), t.text())).toList(),
                    q.type() == QuestionType.FILL_IN_BLANKS ? q.gaps() : null, aq.response() == null ? null : parse(aq.response()), aq.seq(),
                    attempt.status() == Attempt.Status.SUBMITTED && exam.review() == Exam.Review.ANSWERS && aq.graded() ? aq.fraction() : null));
        }
        long left = Math.max(0, Duration.between(OffsetDateTime.now(), attempt.deadline()).getSeconds());
        Result result = attempt.status() == Attempt.Status.SUBMITTED ? result(attempt, exam) : null;
        return new AttemptView(attempt.id(), exam.id(), exam.title(), attempt.status().name().toLowerCase(), attempt.deadline(),
                attempt.status() == Attempt.Status.ACTIVE ? left : 0, items, result);
    }

    private List<AttemptQuestion> questions(long attemptId) {
        return em.createQuery("select q from AttemptQuestion q where q.attemptId = :a order by q.position", AttemptQuestion.class)
                .setParameter("a", attemptId).getResultList();
    }

    private Attempt own(Caller caller, long attemptId) {
        caller.requireAuthenticated();
        Attempt attempt = em.find(Attempt.class, attemptId);
        if (attempt == null || !attempt.username().equals(caller.username())) {
            throw ProblemException.notFound("The attempt " + attemptId);
        }
        return attempt;
    }

    private void event(long attemptId, String kind, String detail, String ip) {
        em.createNativeQuery("insert into learning.attempt_event (attempt_id, kind, detail, ip, at) values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, attemptId).setParameter(2, kind).setParameter(3, detail).setParameter(4, ip)
                .setParameter(5, OffsetDateTime.now()).executeUpdate();
    }

    private static JsonValue parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader("[" + json + "]"))) {
            return reader.readArray().get(0);
        }
    }

    /** A timestamp column as the JDBC driver returned it (H2 and PostgreSQL differ). */
    static OffsetDateTime timestamp(Object value) {
        if (value instanceof OffsetDateTime o) {
            return o;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant().atOffset(ZoneOffset.UTC);
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        throw new IllegalStateException("unexpected deadline type " + value.getClass());
    }
}
