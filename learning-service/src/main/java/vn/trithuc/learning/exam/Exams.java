package vn.trithuc.learning.exam;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import vn.trithuc.learning.bank.QuestionBank;
import vn.trithuc.learning.course.Course;
import vn.trithuc.web.problem.ProblemException;
import vn.trithuc.web.security.Caller;
import vn.trithuc.web.security.Role;

/** Exams as blueprints: instructors and exam administrators set them up; candidates see those open to them. */
@ApplicationScoped
@Transactional
public class Exams {

    /** A rule of the blueprint. */
    public record Rule(String category, String difficulty, Integer count, Double points) {
    }

    /** A new exam ({@code POST /learn/api/exams}). */
    public record ExamRequest(String title, String description, Long bankId, Long courseId, Integer timeLimitMinutes,
                              OffsetDateTime opensAt, OffsetDateTime closesAt, Integer attemptLimit, Integer passMark,
                              List<String> groups, String review, List<Rule> rules) {
    }

    /** An exam as a candidate sees it in the list ({@code GET /learn/api/exams}). */
    public record ExamView(long id, String title, String description, OffsetDateTime opensAt, OffsetDateTime closesAt,
                           int timeLimitMinutes, int attemptsLeft, int passMark, int questions, Long courseId) {
    }

    @PersistenceContext(unitName = "learning")
    EntityManager em;

    public Exam create(Caller caller, ExamRequest r) {
        caller.requireAuthenticated();
        if (!caller.hasRole(Role.INSTRUCTOR) && !caller.hasRole(Role.EXAM_ADMIN)) {
            throw ProblemException.forbidden(Role.EXAM_ADMIN);
        }
        if (r == null || r.title() == null || r.title().isBlank() || r.bankId() == null || r.rules() == null || r.rules().isEmpty()) {
            throw new ProblemException("invalid-exam", 400, "Incomplete exam", "An exam needs a title, a bankId and at least one rule.");
        }
        if (em.find(QuestionBank.class, r.bankId()) == null) {
            throw new ProblemException("invalid-exam", 400, "Unknown bank", "There is no question bank " + r.bankId() + ".");
        }
        if (r.courseId() != null && em.find(Course.class, r.courseId()) == null) {
            throw new ProblemException("invalid-exam", 400, "Unknown course", "There is no course " + r.courseId() + ".");
        }
        int limit = r.timeLimitMinutes() == null ? 30 : r.timeLimitMinutes();
        int attempts = r.attemptLimit() == null ? 1 : r.attemptLimit();
        int pass = r.passMark() == null ? 50 : r.passMark();
        if (limit < 1 || limit > 600 || attempts < 1 || attempts > 100 || pass < 0 || pass > 100
                || (r.opensAt() != null && r.closesAt() != null && !r.closesAt().isAfter(r.opensAt()))) {
            throw new ProblemException("invalid-exam", 400, "Invalid settings",
                    "timeLimitMinutes 1–600, attemptLimit 1–100, passMark 0–100, closesAt after opensAt.");
        }
        Exam.Review review;
        try {
            review = r.review() == null ? Exam.Review.SCORE : Exam.Review.valueOf(r.review().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ProblemException("invalid-exam", 400, "Unknown review policy", "review is none, score or answers.");
        }
        Exam exam = new Exam(r.title().strip(), r.description(), r.bankId(), r.courseId(), limit, r.opensAt(), r.closesAt(), attempts,
                pass, r.groups(), review, caller.username());
        em.persist(exam);
        em.flush();
        if (r.courseId() != null) {
            // passing this exam becomes part of completing the course (certification)
            em.find(Course.class, r.courseId()).requireExam(exam.id());
        }
        for (Rule rule : r.rules()) {
            int count = rule.count() == null ? 1 : rule.count();
            if (rule.category() == null || rule.category().isBlank() || count < 1 || count > 200) {
                throw new ProblemException("invalid-exam", 400, "Invalid rule", "Each rule names a category and draws 1–200 questions.");
            }
            String difficulty = rule.difficulty() == null || rule.difficulty().isBlank() ? null : rule.difficulty().strip().toUpperCase(Locale.ROOT);
            if (difficulty != null && !List.of("EASY", "MEDIUM", "HARD").contains(difficulty)) {
                throw new ProblemException("invalid-exam", 400, "Unknown difficulty", "difficulty is easy, medium or hard.");
            }
            var counting = em.createQuery("select count(q) from BankQuestion q where q.bankId = :b and q.category = :c and q.retired = false"
                            + (difficulty == null ? "" : " and q.difficulty = :d"), Long.class)
                    .setParameter("b", r.bankId()).setParameter("c", rule.category().strip());
            if (difficulty != null) {
                counting.setParameter("d", vn.trithuc.learning.bank.BankQuestion.Difficulty.valueOf(difficulty));
            }
            long available = counting.getSingleResult();
            if (available < count) {
                throw new ProblemException("invalid-exam", 400, "Not enough questions", "The category \"" + rule.category()
                        + "\"" + (difficulty == null ? "" : " (" + difficulty.toLowerCase(Locale.ROOT) + ")") + " has " + available
                        + " questions; the rule draws " + count + ".");
            }
            em.persist(new ExamRule(exam.id(), rule.category().strip(), difficulty, count, rule.points() == null ? 1 : rule.points()));
        }
        return exam;
    }

    /** The exams the caller may take now or later (not closed, in their groups), with the attempts left. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ExamView> available(Caller caller) {
        caller.requireAuthenticated();
        OffsetDateTime now = OffsetDateTime.now();
        List<ExamView> views = new ArrayList<>();
        for (Exam exam : em.createQuery("select e from Exam e order by e.opensAt, e.id", Exam.class).getResultList()) {
            if ((exam.closesAt() != null && !now.isBefore(exam.closesAt())) || !exam.admits(caller.groups())) {
                continue;
            }
            views.add(view(exam, caller));
        }
        return views;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ExamView view(Exam exam, Caller caller) {
        long used = em.createQuery("select count(a) from Attempt a where a.examId = :e and a.username = :u", Long.class)
                .setParameter("e", exam.id()).setParameter("u", caller.username()).getSingleResult();
        int questions = rules(exam.id()).stream().mapToInt(ExamRule::count).sum();
        return new ExamView(exam.id(), exam.title(), exam.description(), exam.opensAt(), exam.closesAt(), exam.timeLimitMinutes(),
                (int) Math.max(0, exam.attemptLimit() - used), exam.passMark(), questions, exam.courseId());
    }

    /** An attempt as exam administrators list it. */
    public record AttemptRow(long id, String username, String learnerName, String status, OffsetDateTime startedAt,
                             OffsetDateTime deadline, OffsetDateTime submittedAt, Double score, Double maxScore, Boolean passed) {
    }

    /** Every attempt at an exam (exam administrators and instructors). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AttemptRow> attempts(Caller caller, long examId) {
        caller.requireAuthenticated();
        if (!caller.hasRole(Role.EXAM_ADMIN) && !caller.hasRole(Role.INSTRUCTOR)) {
            throw ProblemException.forbidden(Role.EXAM_ADMIN);
        }
        find(examId);
        return em.createQuery("select a from Attempt a where a.examId = :e and a.status <> :p order by a.startedAt", Attempt.class)
                .setParameter("e", examId).setParameter("p", Attempt.Status.PREPARED)
                .getResultStream().map(a -> new AttemptRow(a.id(), a.username(), a.learnerName(), a.status().name().toLowerCase(Locale.ROOT),
                        a.startedAt(), a.deadline(), a.submittedAt(), a.score(), a.maxScore(), a.passed())).toList();
    }

    List<ExamRule> rules(long examId) {
        return em.createQuery("select r from ExamRule r where r.examId = :e order by r.id", ExamRule.class).setParameter("e", examId)
                .getResultList();
    }

    public Exam find(long id) {
        Exam exam = em.find(Exam.class, id);
        if (exam == null) {
            throw ProblemException.notFound("The exam " + id);
        }
        return exam;
    }
}
