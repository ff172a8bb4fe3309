package vn.trithuc.learning.course;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import vn.trithuc.content.files.FileCheck;
import vn.trithuc.web.Settings;
import vn.trithuc.web.problem.ProblemException;
import vn.trithuc.web.security.Caller;

/**
 * Files attached to lessons: authors upload (checked by content with Tika: no programs, no web
 * pages, the name must agree with the content), replace and remove them; the course's learners
 * and its authors download them.
 */
@ApplicationScoped
@Transactional
public class LessonFiles {

    /** {@code TRITHUC_MAX_ATTACHMENT_BYTES}: largest file accepted, 10 MB by default (as for articles). */
    public static final int MAX_BYTES = Integer.parseInt(Settings.env("TRITHUC_MAX_ATTACHMENT_BYTES", "10485760"));

    /** An attachment as listed: its address is {@code /learn/lessons/{lesson}/files/{filename}}. */
    public record FileView(String filename, String mediaType, int size, String url) {

        static FileView of(LessonAttachment a) {
            return new FileView(a.filename(), a.mediaType(), a.size(), "/learn/lessons/" + a.lessonId() + "/files/"
                    + java.net.URLEncoder.encode(a.filename(), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
        }
    }

    private final FileCheck check = new FileCheck();

    @PersistenceContext(unitName = "learning")
    EntityManager em;

    @Inject
    CourseAuthoring authoring;

    public FileView upload(Caller caller, long lessonId, String filename, byte[] content) {
        Lesson lesson = current(lessonId);
        authoring.editable(caller, lesson.courseId());
        String name = filename == null ? "" : filename.strip().replaceAll("[\\\\/\\p{Cntrl}]", "_");
        if (name.isEmpty() || name.length() > 255 || name.startsWith(".")) {
            throw new ProblemException("invalid-filename", 400, "Invalid file name", "Give the file a name of up to 255 characters.");
        }
        if (content.length > MAX_BYTES) {
            throw ProblemException.payloadTooLarge(MAX_BYTES);
        }
        if (content.length == 0) {
            throw new ProblemException("file-empty", 400, "Empty file", "The file " + name + " is empty.");
        }
        FileCheck.Result result = check.check(content, name);
        if (!result.accepted()) {
            throw new ProblemException(result.refusal(), 415, "File refused", result.detail());
        }
        LessonAttachment attachment = find(lessonId, name);
        if (attachment == null) {
            attachment = new LessonAttachment(lessonId, name);
            attachment.replace(result.mediaType(), content, sha256(content), caller.username());
            em.persist(attachment);
        } else {
            attachment.replace(result.mediaType(), content, sha256(content), caller.username());
        }
        return FileView.of(attachment);
    }

    /** The files of a lesson, for its learners and authors. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FileView> list(Caller caller, long lessonId) {
        mayRead(caller, current(lessonId));
        return list(lessonId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FileView> list(long lessonId) {
        return em.createQuery("select a from LessonAttachment a where a.lessonId = :l order by a.filename", LessonAttachment.class)
                .setParameter("l", lessonId).getResultStream().map(FileView::of).toList();
    }

    public void remove(Caller caller, long lessonId, String filename) {
        Lesson lesson = current(lessonId);
        authoring.editable(caller, lesson.courseId());
        LessonAttachment attachment = find(lessonId, filename);
        if (attachment == null) {
            throw ProblemException.notFound("The file " + filename);
        }
        em.remove(attachment);
    }

    /** A file for a learner of the course or one of its authors. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public LessonAttachment file(Caller caller, long lessonId, String filename) {
        mayRead(caller, current(lessonId));
        LessonAttachment attachment = find(lessonId, filename);
        if (attachment == null) {
            throw ProblemException.notFound("The file " + filename);
        }
        return attachment;
    }

    private void mayRead(Caller caller, Lesson lesson) {
        caller.requireAuthenticated();
        Course course = em.find(Course.class, lesson.courseId());
        boolean enrolled = !em.createQuery("select e.id from Enrollment e where e.courseId = :c and e.username = :u", Long.class)
                .setParameter("c", course.id()).setParameter("u", caller.username()).getResultList().isEmpty();
        if (!enrolled && !CourseService.mayEdit(course, caller)) {
            throw new ProblemException("not-enrolled", 403, "Not enrolled", "Enrol in the course to open its files.");
        }
    }

    private Lesson current(long lessonId) {
        Lesson lesson = em.find(Lesson.class, lessonId);
        if (lesson == null || lesson.retired()) {
            throw ProblemException.notFound("The lesson " + lessonId);
        }
        return lesson;
    }

    private LessonAttachment find(long lessonId, String filename) {
        return em.createQuery("select a from LessonAttachment a where a.lessonId = :l and a.filename = :f", LessonAttachment.class)
                .setParameter("l", lessonId).setParameter("f", filename).getResultStream().findFirst().orElse(null);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
