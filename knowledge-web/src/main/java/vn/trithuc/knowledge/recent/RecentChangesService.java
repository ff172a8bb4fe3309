package vn.trithuc.knowledge.recent;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import vn.trithuc.knowledge.article.Revision;
import vn.trithuc.knowledge.article.RevisionStatus;
import vn.trithuc.web.problem.ProblemException;

/** Published edits, newest first. Pending and rejected revisions never appear here. */
@ApplicationScoped
public class RecentChangesService {

    public static final int MAX_LIMIT = 500;

    @PersistenceContext(unitName = "knowledge")
    EntityManager em;

    @Transactional
    public List<RecentChange> recent(String space, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ProblemException("invalid-limit", 400, "Invalid limit", "limit must be between 1 and " + MAX_LIMIT + ".");
        }
        boolean all = space == null || space.isBlank();
        if (!all && em.find(vn.trithuc.knowledge.space.Space.class, space) == null) {
            throw ProblemException.notFound("The space '" + space + "'");
        }
        var query = em.createQuery("select r from Revision r join fetch r.article where r.status = :published"
                + (all ? "" : " and r.article.spaceKey = :space") + " order by r.id desc", Revision.class)
                .setParameter("published", RevisionStatus.PUBLISHED)
                .setMaxResults(limit);
        if (!all) {
            query.setParameter("space", space);
        }
        return query.getResultStream().map(r -> new RecentChange(r.article().spaceKey(), r.article().slug(), r.title(),
                r.id(), r.parentId(), r.author(), r.createdAt(), r.summary(), r.sizeDelta(), r.patrolledBy() != null)).toList();
    }
}
