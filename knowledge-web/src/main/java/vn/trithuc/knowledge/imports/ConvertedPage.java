package vn.trithuc.knowledge.imports;

import java.util.List;

import vn.trithuc.knowledge.article.ArticleService;

/**
 * A page ready to write: title, redirect target (or null), revisions converted to Markdown, or the
 * reason it is left out ({@code skip}); its position in the dump and how far the reader was;
 * {@code redo}: already written, only to be indexed again.
 */
record ConvertedPage(String title, String redirect, List<ArticleService.ImportedRevision> revisions, String skip,
                     int revisionsLeftOut, long position, long bytesRead, boolean redo) {

    static ConvertedPage redo(String title, long position, long bytesRead) {
        return new ConvertedPage(title, null, List.of(), null, 0, position, bytesRead, true);
    }
}
