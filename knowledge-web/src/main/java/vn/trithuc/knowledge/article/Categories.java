package vn.trithuc.knowledge.article;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import vn.trithuc.knowledge.space.Space;
import vn.trithuc.web.problem.ProblemException;

/**
 * Categories of a space, as tagged in the current revisions ({@code [[Thể loại:…]]}): the list
 * with counts and the articles of one category. A category exists while an article is tagged
 * with it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Categories {

    static final int MAX_LISTED = 1000;

    /** A category and how many articles carry it. */
    public record CategoryCount(String name, long articles) {
    }

    /** One category's articles, by title. */
    public record Category(String space, String name, List<ArticleViews.Backlink> articles) {
    }

    @PersistenceContext(unitName = "knowledge")
    EntityManager em;

    public List<CategoryCount> of(String spaceKey) {
        requireSpace(spaceKey);
        return em.createQuery("select c.category, count(c) from ArticleCategoryRow c, Article a where c.articleId = a.id "
                        + "and a.spaceKey = :space and a.currentRevision is not null group by c.category "
                        + "order by c.category", Object[].class)
                .setParameter("space", spaceKey).setMaxResults(MAX_LISTED).getResultStream()
                .map(row -> new CategoryCount((String) row[0], (Long) row[1])).toList();
    }

    public Category get(String spaceKey, String name) {
        requireSpace(spaceKey);
        String category = name == null ? "" : name.strip();
        List<ArticleViews.Backlink> articles = em.createQuery("select a from ArticleCategoryRow c, Article a "
                        + "where c.articleId = a.id and a.spaceKey = :space and a.currentRevision is not null "
                        + "and c.category = :category order by a.title", Article.class)
                .setParameter("space", spaceKey).setParameter("category", category).setMaxResults(MAX_LISTED)
                .getResultStream().map(a -> new ArticleViews.Backlink(a.spaceKey(), a.slug(), a.title())).toList();
        if (articles.isEmpty()) {
            throw ProblemException.notFound("The category '" + category + "' in " + spaceKey);
        }
        return new Category(spaceKey, category, articles);
    }

    private void requireSpace(String key) {
        if (em.find(Space.class, key) == null) {
            throw ProblemException.notFound("The space '" + key + "'");
        }
    }
}
