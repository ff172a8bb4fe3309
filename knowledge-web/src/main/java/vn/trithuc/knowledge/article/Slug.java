package vn.trithuc.knowledge.article;

import java.util.regex.Pattern;

import vn.trithuc.content.wiki.WikiLink;
import vn.trithuc.web.problem.ProblemException;

/**
 * The URL name of an article, transliterated from its title: Vietnamese tone and vowel marks
 * dropped, {@code đ} → {@code d}, lower case, words joined by hyphens ({@code Hà Nội} →
 * {@code ha-noi}).
 */
public record Slug(String value) {

    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    public static final int MAX_LENGTH = WikiLink.MAX_SLUG;

    public Slug {
        if (value == null || value.length() > MAX_LENGTH || !VALID.matcher(value).matches()) {
            throw new ProblemException("invalid-slug", 400, "Invalid article name",
                    "An article name is lower-case letters and digits joined by hyphens, e.g. ha-noi.");
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
