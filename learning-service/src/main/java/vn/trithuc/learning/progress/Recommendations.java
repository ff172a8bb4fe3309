package vn.trithuc.learning.progress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import vn.trithuc.learning.course.Course;
import vn.trithuc.learning.course.CourseSummary;
import vn.trithuc.web.security.Caller;
import vn.trithuc.web.security.Role;

/**
 * Next courses for a learner, by simple rules that the page states: assigned to your unit and not
 * finished; the same topic as a course you completed; written for your role (civil servants,
 * farmers in a district's group); popular among people of your unit; then courses for every
 * citizen. Courses the learner is already in are left out, except unfinished assigned ones.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Recommendations {

    /** A recommended course and why: {@code reason} is a message key suffix, {@code detail} its argument. */
    public record Recommendation(CourseSummary course, String reason, String detail) {
    }

    static final int LIMIT = 6;

    @PersistenceContext(unitName = "learning")
    EntityManager em;

    @Inject
    Learning learning;

    public List<Recommendation> forCaller(Caller caller) {
        List<Course> published = em.createNamedQuery(Course.PUBLISHED, Course.class).getResultList();
        Map<Long, Course> byId = published.stream().collect(Collectors.toMap(Course::id, c -> c));
        Map<Long, Recommendation> chosen = new LinkedHashMap<>();
        Map<Long, Enrollment> mine = new LinkedHashMap<>();
        if (caller.isAuthenticated()) {
            learning.enrolAssigned(caller);
            em.createNamedQuery(Enrollment.OF_USER, Enrollment.class).setParameter("username", caller.username())
                    .getResultList().forEach(e -> mine.put(e.courseId(), e));
            // 1. assigned to your unit, not finished yet
            for (Enrollment e : mine.values()) {
                Course course = byId.get(e.courseId());
                if (course != null && e.assignmentId() != null && !e.isCompleted()) {
                    CourseAssignment assignment = em.find(CourseAssignment.class, e.assignmentId());
                    chosen.putIfAbsent(course.id(), new Recommendation(CourseSummary.of(course), "assigned", assignment.groupPath()));
                }
            }
            // 2. the same topic as a course you completed
            for (Enrollment e : mine.values()) {
                Course done = byId.get(e.courseId());
                if (done == null || !e.isCompleted()) {
                    continue;
                }
                for (Course course : published) {
                    if (!mine.containsKey(course.id()) && course.topic().equalsIgnoreCase(done.topic())) {
                        chosen.putIfAbsent(course.id(), new Recommendation(CourseSummary.of(course), "completed", done.title()));
                    }
                }
            }
            // 3. written for your role
            Course.Audience audience = caller.hasRole(Role.CIVIL_SERVANT) && !caller.hasRole(Role.ADMIN) ? Course.Audience.CIVIL_SERVANT : null;
            if (audience != null) {
                for (Course course : published) {
                    if (!mine.containsKey(course.id()) && course.audience() == audience) {
                        chosen.putIfAbsent(course.id(), new Recommendation(CourseSummary.of(course), "role", "civil-servant"));
                    }
                }
            }
            // 4. popular in your unit
            for (String group : caller.groups()) {
                List<Object[]> counts = em.createQuery("select e.courseId, count(e) from Enrollment e where e.learnerGroups like :g "
                                + "group by e.courseId order by count(e) desc", Object[].class)
                        .setParameter("g", "%" + group.replace("%", "") + "%").setMaxResults(LIMIT).getResultList();
                for (Object[] row : counts) {
                    Course course = byId.get((Long) row[0]);
                    if (course != null && !mine.containsKey(course.id())) {
                        chosen.putIfAbsent(course.id(), new Recommendation(CourseSummary.of(course), "popular", group));
                    }
                }
            }
        }
        // 5. for every citizen
        Set<Long> enrolled = mine.keySet();
        for (Course course : published) {
            if (!enrolled.contains(course.id()) && course.audience() == Course.Audience.CITIZEN) {
                chosen.putIfAbsent(course.id(), new Recommendation(CourseSummary.of(course), "everyone", null));
            }
        }
        return new ArrayList<>(chosen.values()).subList(0, Math.min(LIMIT, chosen.size()));
    }
}
