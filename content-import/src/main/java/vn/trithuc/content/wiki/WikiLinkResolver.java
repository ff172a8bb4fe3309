package vn.trithuc.content.wiki;

/**
 * Knows where a wiki link points. For a missing page the href carries
 * {@link WikiMarkdown#REDLINK}, and the link renders as a red link.
 */
@FunctionalInterface
public interface WikiLinkResolver {

    /** The address of the linked page (with {@code redlink=1} when it does not exist yet). */
    String href(WikiLink link);
}
