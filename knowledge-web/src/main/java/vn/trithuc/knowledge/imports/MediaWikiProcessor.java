package vn.trithuc.knowledge.imports;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.trithuc.content.mediawiki.MediaWikiDump;
import vn.trithuc.content.mediawiki.Wikitext;
import vn.trithuc.knowledge.article.ArticleService;

/**
 * Converts a page's revisions from wikitext to Markdown (outside the write transaction's
 * critical part). Pages outside the main namespace (templates, categories, files, user pages)
 * and revisions whose text was deleted are left out and reported.
 */
@Named("mediaWikiProcessor")
@Dependent
public class MediaWikiProcessor implements ItemProcessor {

    @Inject
    @BatchProperty(name = "runId")
    String runId;

    @Inject
    MediaWikiImports imports;

    private String space;
    private String file;
    private MediaWikiDump.SiteInfo site;
    private Wikitext wikitext;

    @Override
    public Object processItem(Object item) {
        PageItem page = (PageItem) item;
        if (space == null) {
            ImportRun run = imports.run(Long.parseLong(runId));
            space = run.spaceKey();
            file = run.fileName();
        }
        if (wikitext == null || site != page.site()) {
            site = page.site();
            wikitext = new Wikitext(site);
        }
        MediaWikiDump.PageHeader header = page.page();
        if (page.redo()) {
            return ConvertedPage.redo(header.title(), header.position(), page.bytesRead());
        }
        if (header.ns() != 0) {
            String name = site == null ? null : site.namespaces().get(header.ns());
            return new ConvertedPage(header.title(), null, List.of(), "namespace " + header.ns()
                    + (name == null || name.isBlank() ? "" : " (" + name + ")") + " is not imported",
                    page.revisions().size(), header.position(), page.bytesRead(), false);
        }
        String origin = "mw:" + space + ":" + (site != null && site.base() != null && !site.base().isBlank() ? site.base() : file) + ":";
        List<ArticleService.ImportedRevision> revisions = new ArrayList<>();
        int leftOut = 0;
        String redirect = header.redirect();
        for (MediaWikiDump.Revision revision : page.revisions()) {
            if (revision.text() == null) {
                leftOut++;
                continue;
            }
            Wikitext.Converted converted = wikitext.convert(revision.text());
            if (converted.redirect() != null) {
                redirect = converted.redirect();
            } else if (revision == page.revisions().get(page.revisions().size() - 1)) {
                redirect = header.redirect();
            }
            revisions.add(new ArticleService.ImportedRevision(origin + revision.id(), converted.markdown(),
                    revision.comment() == null ? "" : revision.comment(), revision.contributor().display(),
                    revision.timestamp().atOffset(ZoneOffset.UTC)));
        }
        return new ConvertedPage(header.title(), redirect, revisions, null, leftOut, header.position(), page.bytesRead(), false);
    }
}
