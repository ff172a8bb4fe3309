package vn.trithuc.learning.certificate;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import vn.trithuc.learning.course.Course;
import vn.trithuc.learning.progress.Enrollment;
import vn.trithuc.web.problem.ProblemException;
import vn.trithuc.web.security.Caller;
import vn.trithuc.web.security.Role;

/**
 * Issues certificates when a course is completed, verifies their codes (signature first, then
 * revocation and expiry), revokes them, and finds them for their holders.
 */
@ApplicationScoped
@Transactional
public class Certificates {

    /** Dates on certificates are Hanoi's. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "learning")
    EntityManager em;

    @Inject
    SigningKeys keys;

    /**
     * The certificate of a completed enrolment: the one issued before (whatever became of it — a
     * revoked certificate is not issued again by completing another lesson), or a new one.
     */
    public String issue(Enrollment enrollment, Course course) {
        Certificate existing = latest(enrollment.id());
        boolean recertified = existing != null && existing.status(OffsetDateTime.now()).equals("expired")
                && enrollment.completedAt() != null && enrollment.completedAt().isAfter(existing.issuedAt());
        if (existing != null && !recertified) {
            return existing.code();
        }
        OffsetDateTime issued = OffsetDateTime.now(ZONE);
        OffsetDateTime expires = course.certificateMonths() == null ? null : issued.plusMonths(course.certificateMonths());
        String serial = serial();
        CertificateCode facts = new CertificateCode(serial, enrollment.learnerName(), course.id(), course.title(),
                issued.toLocalDate(), expires == null ? null : expires.toLocalDate());
        Certificate certificate = new Certificate(serial, enrollment.id(), course.id(), enrollment.username(),
                enrollment.learnerName(), course.title(), issued, expires, facts.sign(keys.privateKey()));
        em.persist(certificate);
        return certificate.code();
    }

    /** The status of the latest certificate of an enrolment ({@code valid}, {@code expired}, {@code revoked}), or {@code null}. */
    public String statusOf(Enrollment enrollment) {
        Certificate certificate = latest(enrollment.id());
        return certificate == null ? null : certificate.status(OffsetDateTime.now());
    }

    /** The code of the latest certificate of an enrolment, or {@code null}. */
    public String codeOf(Enrollment enrollment) {
        Certificate certificate = latest(enrollment.id());
        return certificate == null ? null : certificate.code();
    }

    /** Public verification; never fails, whatever the code. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Verification verify(String code) {
        Optional<CertificateCode> facts = CertificateCode.verify(code, keys.publicKey());
        if (facts.isEmpty()) {
            return Verification.INVALID;
        }
        Certificate certificate = bySerial(facts.get().serial());
        if (certificate == null || !certificate.code().equals(code)) {
            return Verification.INVALID;
        }
        String status = certificate.status(OffsetDateTime.now());
        return new Verification(status, status.equals("valid"), certificate.serial(), certificate.learnerName(),
                certificate.courseId(), certificate.courseTitle(), certificate.issuedAt(), certificate.expiresAt(),
                certificate.revokedAt(), certificate.revokedReason());
    }

    /** A certificate by its code, for its holder (and administrators): the PDF. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Certificate forHolder(Caller caller, String code) {
        caller.requireAuthenticated();
        Optional<CertificateCode> facts = CertificateCode.verify(code, keys.publicKey());
        Certificate certificate = facts.map(f -> bySerial(f.serial())).orElse(null);
        if (certificate == null || !certificate.code().equals(code)) {
            throw ProblemException.notFound("The certificate");
        }
        if (!certificate.username().equals(caller.username()) && !caller.hasRole(Role.EXAM_ADMIN)) {
            throw new ProblemException("not-your-certificate", 403, "Not your certificate",
                    "A certificate's PDF is for its holder; anyone may verify it at its address.");
        }
        return certificate;
    }

    /** Revokes a certificate (exam administrators); revoking again changes nothing. */
    public Verification revoke(Caller caller, String code, String reason) {
        caller.require(Role.EXAM_ADMIN);
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new ProblemException("reason-required", 400, "Reason required", "Say why the certificate is revoked (up to 500 characters).");
        }
        Optional<CertificateCode> facts = CertificateCode.verify(code, keys.publicKey());
        Certificate certificate = facts.map(f -> bySerial(f.serial())).orElse(null);
        if (certificate == null) {
            throw ProblemException.notFound("The certificate");
        }
        certificate.revoke(caller.username(), reason.strip(), OffsetDateTime.now());
        em.flush();
        return verify(code);
    }

    /** The certificates of a person, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Certificate> of(String username) {
        return em.createQuery("select c from Certificate c where c.username = :u order by c.issuedAt desc", Certificate.class)
                .setParameter("u", username).getResultList();
    }

    private Certificate latest(long enrollmentId) {
        return em.createQuery("select c from Certificate c where c.enrollmentId = :e order by c.issuedAt desc, c.id desc", Certificate.class)
                .setParameter("e", enrollmentId).setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    private Certificate bySerial(String serial) {
        return em.createQuery("select c from Certificate c where c.serial = :s", Certificate.class).setParameter("s", serial)
                .getResultStream().findFirst().orElse(null);
    }

    static String serial() {
        StringBuilder serial = new StringBuilder("TT-");
        for (int i = 0; i < 10; i++) {
            serial.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return serial.toString();
    }
}
