package vn.trithuc.learning.progress;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import vn.trithuc.learning.certificate.Certificates;
import vn.trithuc.learning.course.Course;
import vn.trithuc.learning.course.CourseModule;
import vn.trithuc.learning.course.CourseRun;
import vn.trithuc.learning.course.CourseService;
import vn.trithuc.learning.course.Lesson;
import vn.trithuc.learning.quiz.Practice;
import vn.trithuc.learning.quiz.QuestionJson;
import vn.trithuc.web.problem.ProblemException;
import vn.trithuc.web.security.Caller;
import vn.trithuc.web.security.Role;

/**
 * Learners in courses: enrolment (idempotent), courses assigned to their groups, reading lessons
 * (which records where to resume), completing them, and the course's completion — every current
 * lesson, and the final exam when the course has one — which issues the certificate.
 */
@ApplicationScoped
@Transactional
public class Learning {

    /** The outcome of an enrolment request: the enrolment, and whether it is new (201) or was there (200). */
    public record Enrolled(Progress progress, boolean created) {
    }

    @PersistenceContext(unitName = "learning")
    EntityManager em;

    @Inject
    CourseService courses;

    @Inject
    Certificates certificates;

    /** Enrols the caller (in {@code runId}, or the run open now or next when the course has runs). */
    public Enrolled enrol(Caller caller, long courseId, Long runId) {
        caller.require(Role.LEARNER);
        Course course = em.find(Course.class, courseId);
        if (course == null || !course.isPublished()) {
            throw ProblemException.notFound("The course " + courseId);
        }
        Enrollment existing = find(courseId, caller.username());
        if (existing != null) {
            return new Enrolled(progress(existing, course), false);
        }
        Enrollment enrollment = new Enrollment(courseId, caller.username(), caller.name(), caller.groups(),
                chooseRun(courseId, runId));
        em.persist(enrollment);
        assignments(courseId).stream().filter(a -> a.covers(caller.groups())).forEach(enrollment::assignedBy);
        return new Enrolled(progress(enrollment, course), true);
    }

    /** "My learning": the caller's enrolments, with the courses assigned to their groups enrolled on the way. */
    public List<Progress> mine(Caller caller) {
        caller.requireAuthenticated();
        enrolAssigned(caller);
        List<Progress> mine = new ArrayList<>();
        for (Enrollment e : em.createNamedQuery(Enrollment.OF_USER, Enrollment.class).setParameter("username", caller.username()).getResultList()) {
            Course course = em.find(Course.class, e.courseId());
            if (course != null && course.isPublished()) {
                mine.add(progress(e, course));
            }
        }
        return mine;
    }

    /**
     * Enrols the caller in every published course assigned to one of their groups (or a group
     * above one of them) that they are not in yet.
     */
    public void enrolAssigned(Caller caller) {
        if (!caller.isAuthenticated() || caller.groups().isEmpty()) {
            return;
        }
        List<CourseAssignment> all = em.createQuery("select a from CourseAssignment a order by a.id", CourseAssignment.class).getResultList();
        for (CourseAssignment assignment : all) {
            if (!assignment.covers(caller.groups())) {
                continue;
            }
            Course course = em.find(Course.class, assignment.courseId());
            if (course == null || !course.isPublished()) {
                continue;
            }
            Enrollment enrollment = find(assignment.courseId(), caller.username());
            if (enrollment == null) {
                enrollment = new Enrollment(assignment.courseId(), caller.username(), caller.name(), caller.groups(),
                        chooseRun(assignment.courseId(), null));
                em.persist(enrollment);
            }
            enrollment.assignedBy(assignment);
        }
    }

    /** A lesson for reading: enrolled learners (recorded as where to resume), the course's authors as a preview. */
    public LessonPage lesson(Caller caller, long lessonId) {
        caller.requireAuthenticated();
        Lesson lesson = em.find(Lesson.class, lessonId);
        if (lesson == null) {
            throw ProblemException.notFound("The lesson " + lessonId);
        }
        Course course = em.find(Course.class, lesson.courseId());
        boolean author = CourseService.mayEdit(course, caller);
        Enrollment enrollment = find(course.id(), caller.username());
        if ((lesson.retired() || !course.isPublished()) && !author) {
            throw ProblemException.notFound("The lesson " + lessonId);
        }
        if (enrollment == null && !author) {
            throw new ProblemException("not-enrolled", 403, "Not enrolled", "Enrol in the course to read its lessons.");
        }
        if (enrollment != null) {
            visited(enrollment, lessonId);
        }
        Map<CourseModule, List<Lesson>> syllabus = courses.syllabus(course.id());
        List<Lesson> order = syllabus.values().stream().flatMap(List::stream).toList();
        int index = indexOf(order, lessonId);
        CourseModule module = syllabus.keySet().stream().filter(m -> m.id() == lesson.moduleId()).findFirst().orElse(null);
        Lesson previous = index > 0 ? order.get(index - 1) : null;
        Lesson next = index >= 0 && index + 1 < order.size() ? order.get(index + 1) : null;
        Set<Long> done = enrollment == null ? Set.of() : completed(enrollment.id());
        int percent = enrollment == null ? 0 : percent(countDone(order, done), order.size());
        return new LessonPage(lesson.id(), course.id(), course.title(), lesson.moduleId(), module == null ? "" : module.title(),
                lesson.title(), lesson.html(), lesson.videoUrl(), lesson.captionsUrl(), lesson.transcript(), lesson.minutes(),
                index + 1, order.size(), previous == null ? null : previous.id(), previous == null ? null : previous.title(),
                next == null ? null : next.id(), next == null ? null : next.title(), done.contains(lessonId), enrollment == null,
                percent, QuestionJson.write(QuestionJson.read(lesson.quiz()), false));
    }

    /** Grades a practice quiz of a lesson the caller may read; nothing is recorded. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Practice.Result practise(Caller caller, long lessonId, Map<Integer, Object> answers) {
        caller.requireAuthenticated();
        Lesson lesson = em.find(Lesson.class, lessonId);
        if (lesson == null || lesson.retired()) {
            throw ProblemException.notFound("The lesson " + lessonId);
        }
        Course course = em.find(Course.class, lesson.courseId());
        if (find(course.id(), caller.username()) == null && !CourseService.mayEdit(course, caller)) {
            throw new ProblemException("not-enrolled", 403, "Not enrolled", "Enrol in the course to practise its lessons.");
        }
        List<vn.trithuc.content.questions.Question> questions = QuestionJson.read(lesson.quiz());
        if (questions.isEmpty()) {
            throw ProblemException.notFound("The lesson's quiz");
        }
        return Practice.grade(questions, answers);
    }

    /** The practice questions of a lesson, without their answers (for the lesson page). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<vn.trithuc.content.questions.Question> quiz(long lessonId) {
        Lesson lesson = em.find(Lesson.class, lessonId);
        return lesson == null ? List.of() : QuestionJson.read(lesson.quiz()).stream()
                .map(vn.trithuc.content.questions.Question::withoutKey).toList();
    }

    /**
     * Marks a lesson complete for the caller (again: no change), then completes the course when
     * every current lesson is done (and the final exam passed), issuing the certificate.
     */
    public Completion complete(Caller caller, long lessonId) {
        caller.requireAuthenticated();
        Lesson lesson = em.find(Lesson.class, lessonId);
        if (lesson == null || lesson.retired()) {
            throw ProblemException.notFound("The lesson " + lessonId);
        }
        Course course = em.find(Course.class, lesson.courseId());
        Enrollment enrollment = find(course.id(), caller.username());
        if (enrollment == null || !course.isPublished()) {
            throw new ProblemException("not-enrolled", 403, "Not enrolled", "Only learners enrolled in the course complete its lessons.");
        }
        OffsetDateTime now = OffsetDateTime.now();
        if (enrollment.runId() != null) {
            CourseRun run = em.find(CourseRun.class, enrollment.runId());
            if (run != null && !run.isOpen(now)) {
                throw new ProblemException("run-not-open", 409, "Run not open",
                        now.isBefore(run.startsAt()) ? "The run starts on " + run.startsAt().toLocalDate() + "."
                                : "The run ended on " + run.endsAt().toLocalDate() + ".");
            }
        }
        Set<Long> done = completed(enrollment.id());
        if (!done.contains(lessonId)) {
            // a double click sends two completions at once: the second inserts nothing
            em.createNativeQuery("insert into learning.lesson_completion (enrollment_id, lesson_id, completed_at) "
                            + "select ?1, ?2, ?3 where not exists (select 1 from learning.lesson_completion "
                            + "where enrollment_id = ?1 and lesson_id = ?2)")
                    .setParameter(1, enrollment.id()).setParameter(2, lessonId).setParameter(3, now).executeUpdate();
            done = new HashSet<>(done);
            done.add(lessonId);
        }
        visited(enrollment, lessonId);
        String certificate = completeIfDone(enrollment, course, done);
        List<Lesson> order = courses.lessonsInOrder(course.id());
        int index = indexOf(order, lessonId);
        Long next = index >= 0 && index + 1 < order.size() ? order.get(index + 1).id() : null;
        int doneCount = countDone(order, done);
        return new Completion(lessonId, true, doneCount, order.size(), percent(doneCount, order.size()),
                enrollment.isCompleted(), next, certificate);
    }

    /** Records a pass of a course's final exam (called by the exams) and completes the course when its lessons are done. */
    public String examPassed(String username, long courseId) {
        Enrollment enrollment = find(courseId, username);
        Course course = em.find(Course.class, courseId);
        if (enrollment == null || course == null) {
            return null;
        }
        enrollment.examPassed(OffsetDateTime.now());
        return completeIfDone(enrollment, course, completed(enrollment.id()));
    }

    private String completeIfDone(Enrollment enrollment, Course course, Set<Long> done) {
        if (!enrollment.isCompleted()) {
            List<Lesson> order = courses.lessonsInOrder(course.id());
            boolean lessonsDone = !order.isEmpty() && countDone(order, done) == order.size();
            boolean examDone = course.finalExamId() == null || enrollment.examPassedAt() != null;
            if (lessonsDone && examDone) {
                enrollment.complete(OffsetDateTime.now());
            }
        }
        return enrollment.isCompleted() ? certificates.issue(enrollment, course) : null;
    }

    /**
     * Remembers the lesson to resume at. A plain update without the version check: reading in two
     * tabs at once must not fail, and the last lesson opened wins.
     */
    private void visited(Enrollment enrollment, long lessonId) {
        if (enrollment.lastLessonId() == null || enrollment.lastLessonId() != lessonId || enrollment.lastSeenAt() == null
                || enrollment.lastSeenAt().isBefore(OffsetDateTime.now().minusMinutes(5))) {
            em.createQuery("update Enrollment e set e.lastLessonId = :lesson, e.lastSeenAt = :at where e.id = :id")
                    .setParameter("lesson", lessonId).setParameter("at", OffsetDateTime.now()).setParameter("id", enrollment.id())
                    .executeUpdate();
        }
    }

    /**
     * Recertification: when the certificate of a course has expired, the learner takes the course
     * again (its lessons, and its exam if it has one); completing it issues a new certificate.
     */
    public Progress recertify(Caller caller, long courseId) {
        caller.require(Role.LEARNER);
        Enrollment enrollment = find(courseId, caller.username());
        Course course = em.find(Course.class, courseId);
        if (enrollment == null || course == null) {
            throw new ProblemException("not-enrolled", 403, "Not enrolled", "Only learners of the course recertify.");
        }
        if (!"expired".equals(certificates.statusOf(enrollment))) {
            throw new ProblemException("not-expired", 409, "Certificate not expired",
                    "Recertification starts when the course's certificate has expired.");
        }
        em.createQuery("delete from LessonCompletion c where c.key.enrollmentId = :e").setParameter("e", enrollment.id()).executeUpdate();
        enrollment.restart();
        return progress(enrollment, course);
    }

    // --- group assignments

    /** Assigns a published course to a group (and its subgroups) with a due date; assigning again changes the due date. */
    public CourseAssignment assign(Caller caller, long courseId, String groupPath, OffsetDateTime dueAt) {
        caller.requireAuthenticated();
        Course course = em.find(Course.class, courseId);
        if (course == null) {
            throw ProblemException.notFound("The course " + courseId);
        }
        if (!caller.hasRole(Role.EXAM_ADMIN) && !CourseService.mayEdit(course, caller)) {
            throw new ProblemException("forbidden", 403, "Not allowed",
                    "Exam administrators and the course's author assign courses to groups.");
        }
        if (!course.isPublished()) {
            throw new ProblemException("course-not-published", 409, "Course not published", "Publish the course before assigning it.");
        }
        if (groupPath == null || !groupPath.strip().matches("(/[^/]{1,100}){1,8}")) {
            throw new ProblemException("invalid-group", 400, "Invalid group",
                    "group is a full group path such as /Hà Nội/Sở Thông tin và Truyền thông.");
        }
        String path = groupPath.strip();
        CourseAssignment assignment = em.createQuery("select a from CourseAssignment a where a.courseId = :course and a.groupPath = :group",
                        CourseAssignment.class).setParameter("course", courseId).setParameter("group", path)
                .getResultStream().findFirst().orElse(null);
        if (assignment == null) {
            assignment = new CourseAssignment(courseId, path, dueAt, caller.username());
            em.persist(assignment);
        } else {
            assignment.changeDueDate(dueAt, caller.username());
        }
        return assignment;
    }

    public List<CourseAssignment> assignments(long courseId) {
        return em.createQuery("select a from CourseAssignment a where a.courseId = :course order by a.groupPath", CourseAssignment.class)
                .setParameter("course", courseId).getResultList();
    }

    // --- helpers

    Enrollment find(long courseId, String username) {
        return em.createNamedQuery(Enrollment.OF_COURSE_AND_USER, Enrollment.class).setParameter("course", courseId)
                .setParameter("username", username).getResultStream().findFirst().orElse(null);
    }

    Set<Long> completed(long enrollmentId) {
        return new HashSet<>(em.createQuery("select c.key.lessonId from LessonCompletion c where c.key.enrollmentId = :e", Long.class)
                .setParameter("e", enrollmentId).getResultList());
    }

    private Long chooseRun(long courseId, Long runId) {
        List<CourseRun> runs = courses.runs(courseId);
        if (runId != null) {
            CourseRun run = runs.stream().filter(r -> r.id().equals(runId)).findFirst()
                    .orElseThrow(() -> new ProblemException("invalid-run", 400, "Unknown run", "The course has no run " + runId + "."));
            if (run.endsAt().isBefore(OffsetDateTime.now())) {
                throw new ProblemException("run-ended", 409, "Run ended", "That run ended on " + run.endsAt().toLocalDate() + ".");
            }
            return run.id();
        }
        OffsetDateTime now = OffsetDateTime.now();
        return runs.stream().filter(r -> !r.endsAt().isBefore(now)).findFirst().map(CourseRun::id)
                .orElseGet(() -> {
                    if (!runs.isEmpty()) {
                        throw new ProblemException("run-ended", 409, "No open run", "Every run of this course has ended.");
                    }
                    return null;
                });
    }

    Progress progress(Enrollment e, Course course) {
        List<Lesson> order = courses.lessonsInOrder(course.id());
        Set<Long> done = completed(e.id());
        int doneCount = countDone(order, done);
        Lesson resume = order.stream().filter(l -> e.lastLessonId() != null && l.id().equals(e.lastLessonId())
                && !done.contains(l.id())).findFirst()
                .orElseGet(() -> order.stream().filter(l -> !done.contains(l.id())).findFirst().orElse(null));
        String group = e.assignmentId() == null ? null : em.find(CourseAssignment.class, e.assignmentId()).groupPath();
        boolean overdue = !e.isCompleted() && e.dueAt() != null && e.dueAt().isBefore(OffsetDateTime.now());
        String status = e.isCompleted() ? "completed" : doneCount == 0 ? "not-started" : "in-progress";
        return new Progress(e.id(), course.id(), course.title(), status, doneCount, order.size(), percent(doneCount, order.size()),
                resume == null ? null : resume.id(), resume == null ? null : resume.title(), e.enrolledAt(), e.dueAt(), overdue,
                group, e.runId(), e.completedAt(), course.finalExamId() != null, e.examPassedAt() != null,
                certificates.codeOf(e), certificates.statusOf(e), order.stream().map(Lesson::id).filter(done::contains).toList());
    }

    private static int countDone(List<Lesson> order, Set<Long> done) {
        return (int) order.stream().filter(l -> done.contains(l.id())).count();
    }

    private static int percent(int done, int of) {
        return of == 0 ? 0 : (int) Math.floor(100.0 * done / of);
    }

    private static int indexOf(List<Lesson> order, long lessonId) {
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).id() == lessonId) {
                return i;
            }
        }
        return -1;
    }
}
