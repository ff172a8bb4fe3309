package vn.trithuc.knowledge.article;

/**
 * Thrown when a name was left as a redirect by a rename: resources answer with a permanent
 * redirect to the article's new address.
 */
public class Redirected extends RuntimeException {

    private final String space;
    private final String slug;

    Redirected(String space, String slug) {
        super("Redirected to " + space + "/" + slug, null, false, false);
        this.space = space;
        this.slug = slug;
    }

    public String space() {
        return space;
    }

    public String slug() {
        return slug;
    }
}
