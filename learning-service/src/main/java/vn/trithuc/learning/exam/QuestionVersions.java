package vn.trithuc.learning.exam;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.trithuc.content.questions.Question;
import vn.trithuc.learning.quiz.QuestionJson;
import vn.trithuc.web.problem.ProblemException;

/**
 * Question versions by id, parsed once: versions never change, so every save and every grading
 * of a sitting reads them from memory instead of the database.
 */
@ApplicationScoped
public class QuestionVersions {

    private final Map<Long, Question> cache = new ConcurrentHashMap<>();

    @PersistenceContext(unitName = "learning")
    EntityManager em;

    public Question get(long versionId) {
        Question cached = cache.get(versionId);
        if (cached != null) {
            return cached;
        }
        Object body = em.createNativeQuery("select body from learning.question_version where id = ?1").setParameter(1, versionId)
                .getResultStream().findFirst().orElse(null);
        if (body == null) {
            throw ProblemException.notFound("The question version " + versionId);
        }
        Question question = QuestionJson.read("[" + body + "]").get(0);
        cache.put(versionId, question);
        return question;
    }
}
