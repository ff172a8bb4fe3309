package vn.trithuc.learning.course;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import vn.trithuc.web.problem.ProblemException;
import vn.trithuc.web.security.Caller;
import vn.trithuc.web.security.Role;

/**
 * Instructors write courses: a draft, its modules and lessons in order, scheduled runs, then
 * publication. Changes to a published course never lose learners' progress: lessons and modules
 * are retired, not deleted, and completions already recorded stay.
 */
@ApplicationScoped
@Transactional
public class CourseAuthoring {

    static final int MAX_MARKDOWN = 200_000;

    /** What a course says about itself ({@code POST /learn/api/courses}, {@code PUT …/{id}}). */
    public record CourseRequest(String title, String summary, String description, String audience, String topic,
                                String level, String language, Integer estimatedHours, String instructor,
                                Integer certificateMonths) {
    }

    /** A lesson's content ({@code POST /learn/api/modules/{id}/lessons}, {@code PUT /learn/api/lessons/{id}}). */
    public record LessonRequest(String title, String markdown, String videoUrl, String captionsUrl, String transcript,
                                Integer minutes, Long moduleId, jakarta.json.JsonArray quiz) {
    }

    /** The new order: modules in order, each with its lessons in order ({@code PUT …/{id}/syllabus}). */
    public record OrderRequest(List<ModuleOrder> modules) {

        /** One module and its lessons. */
        public record ModuleOrder(long id, List<Long> lessons) {
        }
    }

    /** A scheduled run ({@code POST …/{id}/runs}). */
    public record RunRequest(String title, OffsetDateTime startsAt, OffsetDateTime endsAt) {
    }

    @PersistenceContext(unitName = "learning")
    EntityManager em;

    @Inject
    CourseService courses;

    @Inject
    LessonRenderer renderer;

    public Course create(Caller caller, CourseRequest request) {
        caller.require(Role.INSTRUCTOR);
        CourseRequest r = valid(request, caller);
        Course course = new Course(r.title(), r.summary(), audience(r.audience()), r.topic(), r.level(), r.language(),
                r.estimatedHours(), r.instructor());
        course.describe(r.title(), r.summary(), r.description(), audience(r.audience()), r.topic(), r.level(), r.language(),
                r.estimatedHours(), r.instructor(), r.certificateMonths());
        course.authoredBy(caller.username());
        em.persist(course);
        return course;
    }

    public Course update(Caller caller, long courseId, CourseRequest request) {
        Course course = editable(caller, courseId);
        CourseRequest r = valid(request, caller);
        course.describe(r.title(), r.summary(), r.description(), audience(r.audience()), r.topic(), r.level(), r.language(),
                r.estimatedHours(), r.instructor(), r.certificateMonths());
        return course;
    }

    /** Publishes a course with at least one lesson; publishing again changes nothing. */
    public Course publish(Caller caller, long courseId) {
        Course course = editable(caller, courseId);
        if (courses.lessonsInOrder(courseId).isEmpty()) {
            throw new ProblemException("course-empty", 409, "Course has no lessons", "Add at least one lesson before publishing.");
        }
        course.publish(OffsetDateTime.now());
        return course;
    }

    public CourseModule addModule(Caller caller, long courseId, String title) {
        editable(caller, courseId);
        int position = courses.syllabus(courseId).size();
        CourseModule module = new CourseModule(courseId, text(title, "title", 300), position);
        em.persist(module);
        return module;
    }

    public CourseModule renameModule(Caller caller, long moduleId, String title) {
        CourseModule module = module(moduleId);
        editable(caller, module.courseId());
        module.rename(text(title, "title", 300));
        return module;
    }

    /** Retires a module and its lessons; learners' completions of them stay recorded. */
    public void retireModule(Caller caller, long moduleId) {
        CourseModule module = module(moduleId);
        editable(caller, module.courseId());
        module.retire();
        em.createQuery("select l from Lesson l where l.moduleId = :module", Lesson.class).setParameter("module", moduleId)
                .getResultList().forEach(Lesson::retire);
    }

    public Lesson addLesson(Caller caller, long moduleId, LessonRequest request) {
        CourseModule module = module(moduleId);
        editable(caller, module.courseId());
        int position = courses.syllabus(module.courseId()).getOrDefault(module, List.of()).size();
        Lesson lesson = new Lesson(module.courseId(), moduleId, position);
        write(lesson, request);
        em.persist(lesson);
        return lesson;
    }

    public Lesson updateLesson(Caller caller, long lessonId, LessonRequest request) {
        Lesson lesson = lesson(lessonId);
        editable(caller, lesson.courseId());
        write(lesson, request);
        if (request.moduleId() != null && request.moduleId() != lesson.moduleId()) {
            CourseModule target = module(request.moduleId());
            if (target.courseId() != lesson.courseId()) {
                throw new ProblemException("invalid-module", 400, "Module of another course",
                        "A lesson moves only between modules of its own course.");
            }
            lesson.moveTo(target.id(), courses.syllabus(lesson.courseId()).getOrDefault(target, List.of()).size());
        }
        return lesson;
    }

    public void retireLesson(Caller caller, long lessonId) {
        Lesson lesson = lesson(lessonId);
        editable(caller, lesson.courseId());
        lesson.retire();
    }

    /**
     * Reorders the syllabus. The request names every current module and lesson of the course
     * exactly once; lessons may move between modules.
     */
    public void reorder(Caller caller, long courseId, OrderRequest request) {
        editable(caller, courseId);
        Map<CourseModule, List<Lesson>> syllabus = courses.syllabus(courseId);
        Map<Long, CourseModule> modules = new java.util.HashMap<>();
        Map<Long, Lesson> lessons = new java.util.HashMap<>();
        syllabus.forEach((m, ls) -> {
            modules.put(m.id(), m);
            ls.forEach(l -> lessons.put(l.id(), l));
        });
        if (request == null || request.modules() == null) {
            throw new ProblemException("invalid-order", 400, "Order required", "Send modules: [{id, lessons: [ids]}].");
        }
        Set<Long> seenModules = new HashSet<>();
        Set<Long> seenLessons = new HashSet<>();
        for (OrderRequest.ModuleOrder m : request.modules()) {
            if (!modules.containsKey(m.id()) || !seenModules.add(m.id())) {
                throw new ProblemException("invalid-order", 400, "Invalid order", "Module " + m.id() + " is not a current module of this course, or is named twice.");
            }
            for (Long l : m.lessons() == null ? List.<Long>of() : m.lessons()) {
                if (l == null || !lessons.containsKey(l) || !seenLessons.add(l)) {
                    throw new ProblemException("invalid-order", 400, "Invalid order", "Lesson " + l + " is not a current lesson of this course, or is named twice.");
                }
            }
        }
        if (!seenModules.equals(modules.keySet()) || !seenLessons.equals(lessons.keySet())) {
            throw new ProblemException("invalid-order", 400, "Incomplete order", "Name every current module and lesson exactly once.");
        }
        int mp = 0;
        for (OrderRequest.ModuleOrder m : request.modules()) {
            modules.get(m.id()).moveTo(mp++);
            int lp = 0;
            for (Long l : m.lessons() == null ? List.<Long>of() : m.lessons()) {
                lessons.get(l).moveTo(m.id(), lp++);
            }
        }
    }

    public CourseRun addRun(Caller caller, long courseId, RunRequest request) {
        editable(caller, courseId);
        if (request == null || request.startsAt() == null || request.endsAt() == null || !request.endsAt().isAfter(request.startsAt())) {
            throw new ProblemException("invalid-run", 400, "Invalid run", "A run needs startsAt and a later endsAt.");
        }
        CourseRun run = new CourseRun(courseId, request.title() == null || request.title().isBlank()
                ? "Khoá " + request.startsAt().toLocalDate() : text(request.title(), "title", 200), request.startsAt(), request.endsAt());
        em.persist(run);
        return run;
    }

    Course editable(Caller caller, long courseId) {
        caller.require(Role.INSTRUCTOR);
        Course course = em.find(Course.class, courseId);
        if (course == null) {
            throw ProblemException.notFound("The course " + courseId);
        }
        if (!CourseService.mayEdit(course, caller)) {
            throw new ProblemException("not-course-author", 403, "Not your course", "Only the course's author or an administrator may change it.");
        }
        return course;
    }

    private CourseModule module(long id) {
        CourseModule module = em.find(CourseModule.class, id);
        if (module == null || module.retired()) {
            throw ProblemException.notFound("The module " + id);
        }
        return module;
    }

    private Lesson lesson(long id) {
        Lesson lesson = em.find(Lesson.class, id);
        if (lesson == null || lesson.retired()) {
            throw ProblemException.notFound("The lesson " + id);
        }
        return lesson;
    }

    private void write(Lesson lesson, LessonRequest r) {
        if (r == null) {
            throw new ProblemException("invalid-lesson", 400, "Lesson required", "Send title and markdown.");
        }
        String markdown = r.markdown() == null ? "" : r.markdown();
        if (markdown.length() > MAX_MARKDOWN) {
            throw new ProblemException("lesson-too-long", 400, "Lesson too long", "A lesson has at most " + MAX_MARKDOWN + " characters.");
        }
        int minutes = r.minutes() == null ? Math.max(1, markdown.length() / 1000) : r.minutes();
        if (minutes < 1 || minutes > 600) {
            throw new ProblemException("invalid-lesson", 400, "Invalid duration", "minutes runs from 1 to 600.");
        }
        lesson.write(text(r.title(), "title", 300), markdown, renderer.render(markdown), url(r.videoUrl(), "videoUrl"),
                url(r.captionsUrl(), "captionsUrl"), r.transcript() == null || r.transcript().isBlank() ? null : r.transcript().strip(),
                minutes);
        if (r.quiz() != null) {
            // checked question by question; an empty list removes the quiz
            var questions = vn.trithuc.learning.quiz.QuestionJson.read(r.quiz());
            lesson.quiz(questions.isEmpty() ? null : vn.trithuc.learning.quiz.QuestionJson.write(questions, true).toString());
        }
    }

    private static CourseRequest valid(CourseRequest r, Caller caller) {
        if (r == null) {
            throw new ProblemException("invalid-course", 400, "Course required", "Send title, summary, audience, topic, level.");
        }
        audience(r.audience());
        int hours = r.estimatedHours() == null ? 1 : r.estimatedHours();
        if (hours < 1 || hours > 1000) {
            throw new ProblemException("invalid-course", 400, "Invalid estimated hours", "estimatedHours runs from 1 to 1000.");
        }
        if (r.certificateMonths() != null && (r.certificateMonths() < 1 || r.certificateMonths() > 120)) {
            throw new ProblemException("invalid-course", 400, "Invalid certificate validity", "certificateMonths runs from 1 to 120, or is left out.");
        }
        String language = r.language() == null || r.language().isBlank() ? "vi" : r.language().strip();
        if (!language.matches("[a-z]{2}")) {
            throw new ProblemException("invalid-course", 400, "Invalid language", "language is a two-letter code such as vi or en.");
        }
        return new CourseRequest(text(r.title(), "title", 300), text(r.summary(), "summary", 2000),
                r.description() == null || r.description().isBlank() ? null : r.description(), r.audience(),
                text(r.topic(), "topic", 100), text(r.level() == null || r.level().isBlank() ? "Cơ bản" : r.level(), "level", 32),
                language, hours, r.instructor() == null || r.instructor().isBlank() ? caller.name() : text(r.instructor(), "instructor", 100),
                r.certificateMonths());
    }

    private static Course.Audience audience(String key) {
        Course.Audience audience = CourseSummary.audienceOf(key);
        if (audience == null) {
            throw new ProblemException("invalid-audience", 400, "Unknown audience",
                    "audience is one of citizen, civil-servant, student, farmer.");
        }
        return audience;
    }

    static String text(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new ProblemException("invalid-" + field, 400, "Missing " + field, field + " is required.");
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new ProblemException("invalid-" + field, 400, field + " too long", field + " has at most " + max + " characters.");
        }
        return v;
    }

    /** An http(s) address or nothing; anything else (javascript:, data:) is refused. */
    static String url(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(value.strip());
            if (("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null
                    && value.length() <= 1000) {
                return uri.toString();
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        throw new ProblemException("invalid-" + field, 400, "Invalid address", field + " is an http or https address.");
    }
}
