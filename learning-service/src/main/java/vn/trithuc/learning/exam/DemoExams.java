package vn.trithuc.learning.exam;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import vn.trithuc.learning.bank.Banks;
import vn.trithuc.learning.bank.QuestionBank;
import vn.trithuc.learning.course.Course;
import vn.trithuc.web.security.Caller;

/**
 * The demo certification for the run command: a question bank of basic digital skills (imported
 * from GIFT, as an instructor would) and the exam "Sát hạch kỹ năng số cơ bản" for every civil
 * servant of the city, linked to the demo course so that passing it completes the course and
 * issues the certificate. Loaded once (a marker row), like the demo courses.
 */
@ApplicationScoped
public class DemoExams {

    static final String ITEM = "certification-exam";
    static final String COURSE = "Kỹ năng số cơ bản cho cán bộ, công chức";
    static final String EXAM = "Sát hạch kỹ năng số cơ bản";
    private static final Logger LOG = Logger.getLogger(DemoExams.class);
    private static final Caller INSTRUCTOR = new Caller("giangvien", "Bùi Thị Lan", Set.of("instructor", "exam-admin"), List.of());

    @PersistenceContext(unitName = "learning")
    EntityManager em;

    @Inject
    Banks banks;

    @Inject
    Exams exams;

    @Transactional
    public void loadOnce() {
        if (((Number) em.createNativeQuery("select count(*) from learning.demo_content where item = ?1").setParameter(1, ITEM)
                .getSingleResult()).longValue() > 0) {
            return;
        }
        Course course = em.createQuery("select c from Course c where c.title = :t", Course.class).setParameter("t", COURSE)
                .getResultStream().findFirst().orElse(null);
        QuestionBank bank = banks.create(INSTRUCTOR, "Kỹ năng số cơ bản", "Câu hỏi sát hạch kỹ năng số cho cán bộ, công chức (dữ liệu mẫu).");
        Banks.ImportResult imported = banks.importFile(INSTRUCTOR, bank.id(), "ky-nang-so-co-ban.gift", read(), false);
        List<Exams.Rule> rules = List.of(new Exams.Rule("Tài khoản và mật khẩu", null, 2, 1.0),
                new Exams.Rule("Dịch vụ công trực tuyến", null, 2, 1.0), new Exams.Rule("Thư điện tử", null, 2, 1.0),
                new Exams.Rule("An toàn thông tin", null, 2, 1.0), new Exams.Rule("Dữ liệu cá nhân", null, 2, 1.0));
        Exam exam = exams.create(INSTRUCTOR, new Exams.ExamRequest(EXAM,
                "Bài sát hạch cuối khoá «" + COURSE + "»: 10 câu rút ngẫu nhiên từ 5 chủ đề, 20 phút, cần đạt 70%.",
                bank.id(), course == null ? null : course.id(), 20, null, null, 3, 70, List.of("/Hà Nội"), "answers", rules));
        em.createNativeQuery("insert into learning.demo_content (item, loaded_at) values (?1, ?2)").setParameter(1, ITEM)
                .setParameter(2, OffsetDateTime.now()).executeUpdate();
        LOG.infof("Loaded the demo certification exam %d (%d questions)", exam.id(), imported.imported());
    }

    private static byte[] read() {
        try (InputStream in = DemoExams.class.getResourceAsStream("/demo/exams/ky-nang-so-co-ban.gift")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
