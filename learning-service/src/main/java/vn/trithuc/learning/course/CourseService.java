package vn.trithuc.learning.course;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import vn.trithuc.web.problem.ProblemException;

/** The public course catalogue: published courses only. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CourseService {

    @PersistenceContext(unitName = "learning")
    EntityManager em;

    public List<CourseSummary> catalogue() {
        return em.createNamedQuery(Course.PUBLISHED, Course.class).getResultStream().map(CourseSummary::of).toList();
    }

    public CourseSummary published(long id) {
        Course course = em.find(Course.class, id);
        if (course == null || !course.isPublished()) {
            throw ProblemException.notFound("The course " + id);
        }
        return CourseSummary.of(course);
    }
}
