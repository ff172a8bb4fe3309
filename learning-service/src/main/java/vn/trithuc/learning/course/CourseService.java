package vn.trithuc.learning.course;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import vn.trithuc.content.text.Folding;
import vn.trithuc.web.problem.ProblemException;
import vn.trithuc.web.security.Caller;
import vn.trithuc.web.security.Role;

/**
 * The catalogue and the course pages: published courses for everyone, drafts for their authors
 * (to preview as a learner would see them) and administrators.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CourseService {

    /** Catalogue filters; {@code null} or blank means "any". {@code q} matches title, summary and topic, marks or not. */
    public record Filter(String audience, String topic, String level, String language, String q) {

        public static final Filter NONE = new Filter(null, null, null, null, null);

        boolean accepts(Course course) {
            return (blank(audience) || CourseSummary.audienceKey(course.audience()).equals(audience.strip()))
                    && (blank(topic) || course.topic().equalsIgnoreCase(topic.strip()))
                    && (blank(level) || course.level().equalsIgnoreCase(level.strip()))
                    && (blank(language) || course.language().equalsIgnoreCase(language.strip()))
                    && (blank(q) || Folding.fold(course.title() + " " + course.summary() + " " + course.topic())
                    .contains(Folding.fold(q.strip())));
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank();
        }
    }

    @PersistenceContext(unitName = "learning")
    EntityManager em;

    public List<CourseSummary> catalogue() {
        return catalogue(Filter.NONE);
    }

    public List<CourseSummary> catalogue(Filter filter) {
        if (filter.audience() != null && !filter.audience().isBlank() && CourseSummary.audienceOf(filter.audience()) == null) {
            throw new ProblemException("invalid-audience", 400, "Unknown audience",
                    "The audience is one of citizen, civil-servant, student, farmer.");
        }
        return em.createNamedQuery(Course.PUBLISHED, Course.class).getResultStream()
                .filter(filter::accepts).map(CourseSummary::of).toList();
    }

    /** The distinct topics and levels of the published courses, for the catalogue's filters. */
    public Map<String, List<String>> facets() {
        List<Course> published = em.createNamedQuery(Course.PUBLISHED, Course.class).getResultList();
        return Map.of("topic", published.stream().map(Course::topic).distinct().sorted(Comparator.comparing(Folding::fold)).toList(),
                "level", published.stream().map(Course::level).distinct().sorted(Comparator.comparing(Folding::fold)).toList());
    }

    public CourseSummary published(long id) {
        Course course = em.find(Course.class, id);
        if (course == null || !course.isPublished()) {
            throw ProblemException.notFound("The course " + id);
        }
        return CourseSummary.of(course);
    }

    /** A course the caller may see: published, or a draft of theirs. */
    public Course visible(long id, Caller caller) {
        Course course = em.find(Course.class, id);
        if (course == null || (!course.isPublished() && !mayEdit(course, caller))) {
            throw ProblemException.notFound("The course " + id);
        }
        return course;
    }

    /** The course page: description and syllabus. */
    public CourseView view(long id, Caller caller) {
        Course course = visible(id, caller);
        return view(course, syllabus(course.id()), runs(course.id()));
    }

    CourseView view(Course course, Map<CourseModule, List<Lesson>> syllabus, List<CourseRun> runs) {
        OffsetDateTime now = OffsetDateTime.now();
        List<CourseView.Module> modules = new ArrayList<>();
        int lessons = 0;
        int minutes = 0;
        for (Map.Entry<CourseModule, List<Lesson>> module : syllabus.entrySet()) {
            List<CourseView.LessonItem> items = module.getValue().stream()
                    .map(l -> new CourseView.LessonItem(l.id(), l.title(), l.minutes(), l.videoUrl() != null)).toList();
            lessons += items.size();
            minutes += module.getValue().stream().mapToInt(Lesson::minutes).sum();
            modules.add(new CourseView.Module(module.getKey().id(), module.getKey().title(), items));
        }
        return new CourseView(course.id(), course.title(), course.summary(), CourseSummary.audienceKey(course.audience()),
                course.topic(), course.level(), course.language(), course.estimatedHours(), course.instructor(),
                course.status().name().toLowerCase(Locale.ROOT), renderer.render(course.description()),
                course.certificateMonths(), course.finalExamId(), modules,
                runs.stream().map(r -> new CourseView.Run(r.id(), r.title(), r.startsAt(), r.endsAt(), r.isOpen(now))).toList(),
                lessons, minutes);
    }

    @jakarta.inject.Inject
    LessonRenderer renderer;

    /** The current (not retired) modules of a course in order, each with its current lessons in order. */
    public Map<CourseModule, List<Lesson>> syllabus(long courseId) {
        List<CourseModule> modules = em.createQuery(
                        "select m from CourseModule m where m.courseId = :course and m.retired = false order by m.position, m.id",
                        CourseModule.class).setParameter("course", courseId).getResultList();
        Map<Long, List<Lesson>> byModule = em.createQuery(
                        "select l from Lesson l where l.courseId = :course and l.retired = false order by l.position, l.id", Lesson.class)
                .setParameter("course", courseId).getResultStream()
                .collect(Collectors.groupingBy(Lesson::moduleId, java.util.LinkedHashMap::new, Collectors.toList()));
        Map<CourseModule, List<Lesson>> syllabus = new java.util.LinkedHashMap<>();
        for (CourseModule module : modules) {
            syllabus.put(module, byModule.getOrDefault(module.id(), List.of()));
        }
        return syllabus;
    }

    /** The current lessons of a course in reading order. */
    public List<Lesson> lessonsInOrder(long courseId) {
        return syllabus(courseId).values().stream().flatMap(List::stream).toList();
    }

    public List<CourseRun> runs(long courseId) {
        return em.createQuery("select r from CourseRun r where r.courseId = :course order by r.startsAt, r.id", CourseRun.class)
                .setParameter("course", courseId).getResultList();
    }

    /** Instructors edit their own courses; administrators every course. */
    public static boolean mayEdit(Course course, Caller caller) {
        if (!caller.isAuthenticated()) {
            return false;
        }
        if (caller.hasRole(Role.ADMIN)) {
            return true;
        }
        String owner = course.author() != null ? course.author() : course.instructor();
        return caller.hasRole(Role.INSTRUCTOR) && caller.username().equals(owner);
    }
}
