package vn.trithuc.content.wiki;

import java.util.Objects;

/**
 * One {@code [[…]]} link as written.
 *
 * @param space the space named before a colon ({@code [[medical:Sốt xuất huyết]]}), or {@code null}
 *              for the linking article's own space
 * @param title the target page title as written
 * @param label the text shown, the title when no {@code |label} was given
 */
public record WikiLink(String space, String title, String label) {

    private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("[^a-z0-9]+");
    /** The longest article name. */
    public static final int MAX_SLUG = 200;

    public WikiLink {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(label, "label");
    }

    /**
     * The article name a title is published under: marks dropped, {@code đ} → {@code d}, lower
     * case, words joined by hyphens ({@code Hà Nội} → {@code ha-noi}); empty when the title has no
     * letter or digit of the Latin alphabet.
     */
    public static String slug(String title) {
        String slug = SEPARATORS.matcher(vn.trithuc.content.text.Folding.fold(title)).replaceAll("-").replaceAll("^-+|-+$", "");
        return slug.length() > MAX_SLUG ? slug.substring(0, MAX_SLUG).replaceAll("-+$", "") : slug;
    }
}
