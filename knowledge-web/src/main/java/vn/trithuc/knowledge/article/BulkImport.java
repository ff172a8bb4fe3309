package vn.trithuc.knowledge.article;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import vn.trithuc.web.problem.ProblemException;
import vn.trithuc.web.security.Caller;
import vn.trithuc.web.security.Role;

/**
 * Many new articles at once (administrators), through the same save as every edit — rendering,
 * links, categories, indexing — but a hundred to a transaction and one index commit per
 * transaction instead of one per article. Existing names are skipped, never overwritten; a
 * batch that fails is retried article by article so one bad line costs only itself.
 */
@ApplicationScoped
public class BulkImport {

    /** One line of the import. */
    public record Item(String title, String markdown, String language) {
    }

    /** An item not imported, and why. */
    public record Skipped(String title, String reason) {
    }

    /** What a batch did. */
    public record Outcome(int imported, List<Skipped> skipped) {
    }

    @PersistenceContext(unitName = "knowledge")
    EntityManager em;

    @Inject
    ArticleService articles;

    @Inject
    BulkImport self;

    /** Imports a batch in one transaction, or item by item when the batch as a whole fails. */
    public Outcome importBatch(String space, List<Item> items, Caller caller) {
        caller.require(Role.ADMIN);
        try {
            return self.inOneTransaction(space, items, caller);
        } catch (RuntimeException batchFailed) {
            int imported = 0;
            List<Skipped> skipped = new ArrayList<>();
            for (Item item : items) {
                try {
                    Outcome one = self.inOneTransaction(space, List.of(item), caller);
                    imported += one.imported();
                    skipped.addAll(one.skipped());
                } catch (ProblemException refused) {
                    skipped.add(new Skipped(item.title(), refused.getMessage()));
                } catch (RuntimeException failed) {
                    skipped.add(new Skipped(item.title(), "error: " + failed.getClass().getSimpleName()));
                }
            }
            return new Outcome(imported, skipped);
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Outcome inOneTransaction(String space, List<Item> items, Caller caller) {
        int imported = 0;
        List<Skipped> skipped = new ArrayList<>();
        for (Item item : items) {
            String reason = check(item);
            if (reason == null) {
                String slug = Slug.fromTitle(item.title()).value();
                boolean exists = !em.createNamedQuery(Article.BY_SLUG, Article.class).setParameter("space", space)
                        .setParameter("slug", slug).getResultList().isEmpty();
                if (exists) {
                    reason = "exists";
                } else {
                    articles.save(space, slug, new SaveRequest(item.title().strip(), item.markdown(), "Nhập hàng loạt", null,
                            item.language(), null, null), caller);
                    imported++;
                    continue;
                }
            }
            skipped.add(new Skipped(item.title(), reason));
        }
        em.flush();
        em.clear();
        return new Outcome(imported, skipped);
    }

    private static String check(Item item) {
        if (item.title() == null || item.title().isBlank() || item.title().length() > 255) {
            return "title missing or longer than 255 characters";
        }
        if (item.markdown() == null) {
            return "markdown missing";
        }
        try {
            Slug.fromTitle(item.title());
        } catch (ProblemException invalid) {
            return "no usable name: " + invalid.getMessage();
        }
        return null;
    }
}
