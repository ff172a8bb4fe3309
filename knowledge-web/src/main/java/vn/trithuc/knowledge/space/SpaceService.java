package vn.trithuc.knowledge.space;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import vn.trithuc.web.problem.ProblemException;

/** Reads the knowledge bases. Spaces are public: anyone may list them. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SpaceService {

    @PersistenceContext(unitName = "knowledge")
    EntityManager em;

    public List<SpaceView> all(Locale locale) {
        return em.createNamedQuery(Space.ALL, Space.class).getResultStream().map(s -> SpaceView.of(s, locale)).toList();
    }

    public SpaceView get(String key, Locale locale) {
        Space space = em.find(Space.class, key);
        if (space == null) {
            throw ProblemException.notFound("The space '" + key + "'");
        }
        return SpaceView.of(space, locale);
    }
}
