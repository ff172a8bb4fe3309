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

    public WikiLink {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(label, "label");
    }
}
