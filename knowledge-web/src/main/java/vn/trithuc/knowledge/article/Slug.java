package vn.trithuc.knowledge.article;

import vn.trithuc.content.wiki.WikiLink;
import vn.trithuc.web.problem.ProblemException;

/**
 * The URL name of an article, made from its title by {@link WikiLink#slug}: Vietnamese tone and
 * vowel marks dropped, {@code đ} → {@code d}, lower case, words joined by hyphens ({@code Hà Nội}
 * → {@code ha-noi}); a title in another script keeps its letters ({@code ハノイ旧市街}). A name is
 * valid when it is its own slug, so every article has exactly one spelling of its address.
 */
public record Slug(String value) {

    public static final int MAX_LENGTH = WikiLink.MAX_SLUG;

    public Slug {
        if (value == null || value.isEmpty() || value.length() > 4 * MAX_LENGTH || !value.equals(WikiLink.slug(value))) {
            throw new ProblemException("invalid-slug", 400, "Invalid article name",
                    "An article name is lower-case letters and digits joined by hyphens, e.g. ha-noi"
                            + " (titles in other scripts keep their letters, e.g. ハノイ旧市街).");
        }
    }

    /** The slug for a title. */
    public static Slug fromTitle(String title) {
        String slug = WikiLink.slug(title);
        if (slug.isEmpty()) {
            throw new ProblemException("invalid-title", 400, "Invalid title",
                    "A title needs at least one letter or digit.");
        }
        return new Slug(slug);
    }

    @Override
    public String toString() {
        return value;
    }
}
