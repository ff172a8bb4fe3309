package vn.trithuc.learning.exam;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import vn.trithuc.web.problem.ProblemException;
import vn.trithuc.web.security.Caller;
import vn.trithuc.web.security.Role;

/**
 * Sittings of an exam: exam administrators schedule them, with an admission window, an optional
 * access code and IP ranges, and how many attempts to prepare before the start. When an exam has
 * sittings, candidates start only while one admits them.
 */
@ApplicationScoped
@Transactional
public class Sittings {

    /** A new sitting ({@code POST /learn/api/exams/{id}/sittings}). */
    public record SittingRequest(String title, OffsetDateTime startsAt, Integer admissionMinutes, String accessCode,
                                 List<String> ipRanges, Integer prepare) {
    }

    /** A sitting as administrators see it, with how far its preparation got. */
    public record SittingView(long id, long examId, String title, OffsetDateTime startsAt, OffsetDateTime admissionEndsAt,
                              boolean accessCodeRequired, List<String> ipRanges, int prepareTarget, long prepared, long started) {
    }

    /** The most attempts one sitting prepares ahead. */
    static final int MAX_PREPARED = 20_000;

    @PersistenceContext(unitName = "learning")
    EntityManager em;

    @Inject
    Exams exams;

    public Sitting create(Caller caller, long examId, SittingRequest r) {
        mayManage(caller);
        Exam exam = exams.find(examId);
        if (r == null || r.startsAt() == null) {
            throw new ProblemException("invalid-sitting", 400, "Start required", "A sitting needs startsAt (ISO 8601 with offset).");
        }
        int admission = r.admissionMinutes() == null ? 15 : r.admissionMinutes();
        int prepare = r.prepare() == null ? 0 : r.prepare();
        if (admission < 1 || admission > 24 * 60 || prepare < 0 || prepare > MAX_PREPARED) {
            throw new ProblemException("invalid-sitting", 400, "Invalid settings",
                    "admissionMinutes runs 1–1440 and prepare 0–" + MAX_PREPARED + ".");
        }
        String code = r.accessCode() == null || r.accessCode().isBlank() ? null : r.accessCode().strip();
        if (code != null && (code.length() < 4 || code.length() > 64)) {
            throw new ProblemException("invalid-sitting", 400, "Invalid access code", "An access code has 4–64 characters.");
        }
        List<IpRange> ranges = new ArrayList<>();
        for (String range : r.ipRanges() == null ? List.<String>of() : r.ipRanges()) {
            try {
                ranges.add(IpRange.parse(range));
            } catch (IllegalArgumentException e) {
                throw new ProblemException("invalid-sitting", 400, "Invalid IP range", e.getMessage() + ".");
            }
        }
        if (exam.closesAt() != null && !r.startsAt().isBefore(exam.closesAt())) {
            throw new ProblemException("invalid-sitting", 400, "Sitting after the exam closes", "The exam closes at " + exam.closesAt() + ".");
        }
        Sitting sitting = new Sitting(examId, r.title() == null || r.title().isBlank() ? null : r.title().strip(), r.startsAt(), admission,
                code, ranges, prepare, caller.username());
        em.persist(sitting);
        em.flush();
        return sitting;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SittingView> list(Caller caller, long examId) {
        mayManage(caller);
        exams.find(examId);
        return em.createQuery("select s from Sitting s where s.examId = :e order by s.startsAt", Sitting.class).setParameter("e", examId)
                .getResultStream().map(this::view).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SittingView view(Sitting s) {
        long prepared = count(s.id(), "PREPARED");
        long total = em.createQuery("select count(a) from Attempt a where a.sittingId = :s", Long.class).setParameter("s", s.id())
                .getSingleResult();
        return new SittingView(s.id(), s.examId(), s.title(), s.startsAt(), s.admissionEndsAt(), s.needsCode(),
                s.ranges().stream().map(IpRange::toString).toList(), s.prepareTarget(), prepared, total - prepared);
    }

    /** The exam's sittings, soonest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Sitting> of(long examId) {
        return em.createQuery("select s from Sitting s where s.examId = :e order by s.startsAt", Sitting.class).setParameter("e", examId)
                .getResultList();
    }

    /**
     * The sitting that admits a candidate now, checked for code and network; {@code null} when the
     * exam has no sittings (anyone admitted may start while it is open).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Sitting admit(long examId, OffsetDateTime now, String accessCode, String ip) {
        List<Sitting> sittings = of(examId);
        if (sittings.isEmpty()) {
            return null;
        }
        Sitting sitting = sittings.stream().filter(s -> s.admitting(now)).findFirst().orElse(null);
        if (sitting == null) {
            Sitting next = sittings.stream().filter(s -> s.startsAt().isAfter(now)).findFirst().orElse(null);
            throw new ProblemException("no-sitting-now", 409, "No sitting admits candidates now", next == null
                    ? "The sittings of this exam are over." : "The next sitting starts at " + next.startsAt() + ".",
                    next == null ? java.util.Map.of() : java.util.Map.of("nextSitting", next.startsAt().toString()));
        }
        if (!sitting.admitsFrom(ip)) {
            throw new ProblemException("outside-ip-range", 403, "Not from the exam room",
                    "This sitting admits candidates from the exam room's network only (your address is " + ip + ").");
        }
        if (!sitting.codeMatches(accessCode)) {
            throw new ProblemException("wrong-access-code", 403, accessCode == null || accessCode.isBlank() ? "Access code required"
                    : "Wrong access code", "Enter the access code announced in the exam room.");
        }
        return sitting;
    }

    /** Sittings that start within {@code ahead} and have fewer prepared attempts than their target. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> toPrepare(java.time.Duration ahead) {
        OffsetDateTime now = OffsetDateTime.now();
        List<Long> ids = new ArrayList<>();
        for (Sitting s : em.createQuery("select s from Sitting s where s.prepareTarget > 0 and s.startsAt < :until", Sitting.class)
                .setParameter("until", now.plus(ahead)).getResultList()) {
            if (s.admissionEndsAt().isAfter(now)
                    && em.createQuery("select count(a) from Attempt a where a.sittingId = :s", Long.class).setParameter("s", s.id())
                    .getSingleResult() < s.prepareTarget()) {
                ids.add(s.id());
            }
        }
        return ids;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Sitting find(long id) {
        Sitting sitting = em.find(Sitting.class, id);
        if (sitting == null) {
            throw ProblemException.notFound("The sitting " + id);
        }
        return sitting;
    }

    private long count(long sittingId, String status) {
        return em.createQuery("select count(a) from Attempt a where a.sittingId = :s and a.status = :st", Long.class)
                .setParameter("s", sittingId).setParameter("st", Attempt.Status.valueOf(status)).getSingleResult();
    }

    static void mayManage(Caller caller) {
        caller.requireAuthenticated();
        if (!caller.hasRole(Role.EXAM_ADMIN) && !caller.hasRole(Role.INSTRUCTOR)) {
            throw ProblemException.forbidden(Role.EXAM_ADMIN);
        }
    }
}
