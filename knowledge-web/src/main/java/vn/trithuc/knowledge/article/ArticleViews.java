package vn.trithuc.knowledge.article;

import java.time.OffsetDateTime;
import java.util.List;

import vn.trithuc.content.text.TextDiff;

/** What the article API returns; field names follow DESIGN.md §4. */
public final class ArticleViews {

    private ArticleViews() {
    }

    /**
     * An article as a reader (or, for {@code status = pending}, its author or a reviewer) sees it.
     *
     * @param revision the revision shown
     * @param status     {@code published}, {@code pending} or {@code rejected}
     * @param protection who may edit: {@code editors}, {@code reviewers}, or {@code null} for every contributor
     */
    public record ArticleView(String space, String slug, String title, long revision, String markdown, String html,
                              String language, List<String> categories, String status, String author,
                              OffsetDateTime updatedAt, String reviewedBy, OffsetDateTime reviewedAt, boolean protectedArticle,
                              String protection, vn.trithuc.knowledge.agriculture.AgriView agriculture,
                              vn.trithuc.knowledge.tourism.TourismView tourism) {

        private static final java.util.regex.Pattern FOOTNOTE = java.util.regex.Pattern.compile("(?m)^\\[\\^[^\\]]+\\]:");

        /** How many sources the text cites (footnote definitions, {@code [^1]: …}). */
        public int references() {
            return (int) FOOTNOTE.matcher(markdown).results().count();
        }
    }

    /** The answer to a save: the article as saved and whether the save was merged with a newer revision. */
    public record Saved(ArticleView article, boolean merged, boolean created) {
    }

    /** A line of the history. */
    public record RevisionSummary(long id, String author, OffsetDateTime timestamp, String summary, int size, int sizeDelta,
                                  String status, boolean merged, String reviewedBy, boolean hidden, boolean imported) {

        static RevisionSummary of(Revision r) {
            return new RevisionSummary(r.id(), r.author(), r.createdAt(), r.summary(), r.sizeBytes(), r.sizeDelta(),
                    r.status().code(), r.merged(), r.reviewer(), r.hiddenBy() != null, r.sourceKey() != null);
        }
    }

    /** A diff between two revisions of one article. */
    public record DiffView(long from, long to, List<TextDiff.Row> rows) {
    }

    /** An article that links to another. */
    public record Backlink(String space, String slug, String title) {
    }

    /** A pending revision in the review queue, with its diff against what readers see now. */
    public record PendingReview(long revision, String space, String slug, String title, String author,
                                OffsetDateTime timestamp, String summary, Long approvedRevision, List<TextDiff.Row> diff) {
    }

    /** An article in a space's index. */
    public record ArticleEntry(String slug, String title, OffsetDateTime updatedAt) {
    }

    /** One page of a space's index. */
    public record ArticleIndex(List<ArticleEntry> articles, int page, int pages, long total) {
    }

    /** What an editor starts from: the head's text and id, or nothing for a new article. */
    public record EditState(boolean exists, String title, String markdown, Long headRevision, String language,
                            vn.trithuc.knowledge.agriculture.AgriView agriculture,
                            vn.trithuc.knowledge.tourism.TourismView tourism) {
    }

    /** A line of the current text with the revision that last changed it ({@code GET …/blame}). */
    public record BlameLine(int line, String text, long revision, String author, OffsetDateTime timestamp) {
    }

    /** What a rollback did: the articles restored and those left alone, with why. */
    public record RollbackReport(List<Backlink> rolledBack, List<Skipped> skipped) {
    }

    /** An article a rollback left alone. */
    public record Skipped(String space, String slug, String reason) {
    }
}
