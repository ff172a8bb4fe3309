package vn.trithuc.knowledge.article;

/** Whether readers may see a revision. */
public enum RevisionStatus {
    /** Visible to readers (published directly, or approved by a reviewer). */
    PUBLISHED,
    /** Waiting for a medical reviewer; readers do not see it. */
    PENDING,
    /** Refused by a reviewer; it never becomes visible. */
    REJECTED;

    public String code() {
        return name().toLowerCase();
    }
}
