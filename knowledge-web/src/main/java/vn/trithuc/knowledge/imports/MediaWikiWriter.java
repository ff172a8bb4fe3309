package vn.trithuc.knowledge.imports;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.trithuc.knowledge.article.ArticleService;
import vn.trithuc.knowledge.article.Slug;
import vn.trithuc.web.problem.ProblemException;

/**
 * Writes a chunk of pages in the chunk's transaction, with the run's counters and the problems
 * of pages left out, so that what the import page shows is exactly what was committed.
 */
@Named("mediaWikiWriter")
@Dependent
public class MediaWikiWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty(name = "runId")
    String runId;

    @Inject
    ArticleService articles;

    @PersistenceContext(unitName = "knowledge")
    EntityManager em;

    @Override
    public void writeItems(List<Object> items) {
        ImportRun run = em.find(ImportRun.class, Long.parseLong(runId));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        long pages = 0;
        long revisions = 0;
        long redirects = 0;
        long skipped = 0;
        long position = 0;
        for (Object item : items) {
            ConvertedPage page = (ConvertedPage) item;
            position = Math.max(position, page.bytesRead());
            if (page.redo()) {
                // written and counted by an earlier execution: only its index entry is made again
                articles.reindexImported(run.spaceKey(), page.title());
                continue;
            }
            skipped += page.revisionsLeftOut();
            if (page.skip() != null) {
                em.persist(new ImportProblem(run.id(), page.title(), page.skip(), now));
                continue;
            }
            try {
                Slug.fromTitle(page.title());
                if (page.redirect() != null) {
                    Slug.fromTitle(page.redirect());
                }
            } catch (ProblemException invalid) {
                em.persist(new ImportProblem(run.id(), page.title(), "invalid title: " + invalid.detail(), now));
                skipped += page.revisions().size();
                continue;
            }
            ArticleService.PageImport result = articles.importPage(run.spaceKey(), page.title(), page.redirect(), page.revisions());
            if (result.problem() != null) {
                em.persist(new ImportProblem(run.id(), page.title(), result.problem(), now));
            }
            pages += result.written() > 0 || result.redirect() ? 1 : 0;
            redirects += result.redirect() ? 1 : 0;
            revisions += result.written();
            skipped += result.skipped();
        }
        run.progress(pages, revisions, redirects, skipped, position, now);
    }
}
