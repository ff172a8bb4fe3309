package vn.trithuc.knowledge.recent;

import java.time.OffsetDateTime;

/** One published edit. */
public record RecentChange(String space, String slug, String title, long revision, Long parentRevision, String author,
                           OffsetDateTime timestamp, String summary, int sizeDelta, boolean patrolled) {
}
