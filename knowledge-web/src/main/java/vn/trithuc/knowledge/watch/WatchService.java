package vn.trithuc.knowledge.watch;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import vn.trithuc.knowledge.article.Article;
import vn.trithuc.knowledge.article.ArticleService;
import vn.trithuc.web.security.Caller;

/** Following articles and the "changed since your last visit" view. */
@ApplicationScoped
public class WatchService {

    /**
     * A watched article.
     *
     * @param changesSinceLastVisit published revisions newer than the one last seen
     */
    public record Watched(String space, String slug, String title, long currentRevision, Long lastSeenRevision,
                          long changesSinceLastVisit, OffsetDateTime updatedAt) {
    }

    @Inject
    ArticleService articles;

    @PersistenceContext(unitName = "knowledge")
    EntityManager em;

    @Transactional
    public void watch(String space, String slug, Caller caller) {
        caller.requireAuthenticated();
        Article article = articles.visible(space, slug);
        if (em.find(Watch.class, Watch.key(caller.username(), article.id())) == null) {
            em.persist(new Watch(caller.username(), article.id(), article.current().id(), OffsetDateTime.now(ZoneOffset.UTC)));
        }
    }

    @Transactional
    public void unwatch(String space, String slug, Caller caller) {
        caller.requireAuthenticated();
        Article article = articles.visible(space, slug);
        Watch watch = em.find(Watch.class, Watch.key(caller.username(), article.id()));
        if (watch != null) {
            em.remove(watch);
        }
    }

    /** Whether the caller follows an article; records the visit when they do. */
    @Transactional
    public boolean visit(String space, String slug, Caller caller) {
        if (!caller.isAuthenticated()) {
            return false;
        }
        Article article = articles.visible(space, slug);
        Watch watch = em.find(Watch.class, Watch.key(caller.username(), article.id()));
        if (watch == null) {
            return false;
        }
        watch.seen(article.current().id());
        return true;
    }

    @Transactional
    public List<Watched> watchlist(Caller caller) {
        caller.requireAuthenticated();
        List<Object[]> rows = em.createQuery("select w, a from Watch w, Article a where w.articleId = a.id "
                + "and w.username = :user and a.currentRevision is not null order by a.updatedAt desc", Object[].class)
                .setParameter("user", caller.username()).getResultList();
        return rows.stream().map(row -> {
            Watch w = (Watch) row[0];
            Article a = (Article) row[1];
            long changes = em.createQuery("select count(r) from Revision r where r.article = :article and "
                            + "r.status = vn.trithuc.knowledge.article.RevisionStatus.PUBLISHED and r.id > :seen", Long.class)
                    .setParameter("article", a).setParameter("seen", w.lastSeenRevision() == null ? 0L : w.lastSeenRevision())
                    .getSingleResult();
            return new Watched(a.spaceKey(), a.slug(), a.title(), a.current().id(), w.lastSeenRevision(), changes, a.updatedAt());
        }).toList();
    }
}
