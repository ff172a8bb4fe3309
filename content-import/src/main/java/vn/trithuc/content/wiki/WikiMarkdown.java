package vn.trithuc.content.wiki;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.renderer.html.HtmlRenderer;

import vn.trithuc.content.markdown.MarkdownRenderer;

/**
 * Renders article Markdown with wiki links: links become ordinary links (class {@code wikilink},
 * plus {@code new} when the target is missing), category tags are taken out of the text and
 * returned, and the result is sanitised like every rendered fragment. Thread-safe.
 */
public final class WikiMarkdown {

    /** What rendering found: the safe HTML, the pages linked, and the categories tagged. */
    public record Rendered(String html, List<WikiLink> links, List<String> categories) {
    }

    private static final Pattern WIKI_LINK = Pattern.compile("\\[\\[([^\\[\\]|\\n]{1,255})(?:\\|([^\\[\\]\\n]{1,255}))?]]");
    /** Marks the address of a missing page, as MediaWiki does; the page then offers to create it. */
    public static final String REDLINK = "redlink=1";
    private static final Set<String> CATEGORY_PREFIXES = Set.of("thể loại", "category", "the loai");

    private final MarkdownRenderer markdown;
    private final HtmlRenderer html;

    public WikiMarkdown(MarkdownRenderer markdown) {
        this.markdown = markdown;
        this.html = HtmlRenderer.builder()
                .extensions(MarkdownRenderer.EXTENSIONS)
                .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                    if (node instanceof Link link && link.getDestination().startsWith("/wiki/")) {
                        attributes.put("class", link.getDestination().contains(REDLINK) ? "wikilink new" : "wikilink");
                    }
                })
                .build();
    }

    /** What a text links to and which categories it tags, without rendering it (parse only). */
    public record Scan(List<WikiLink> links, List<String> categories) {
    }

    public Rendered render(String source, WikiLinkResolver resolver) {
        List<WikiLink> links = new ArrayList<>();
        Set<String> categories = new LinkedHashSet<>();
        Node document = process(source, resolver, links, categories);
        return new Rendered(MarkdownRenderer.sanitize(html.render(document)), List.copyOf(links), List.copyOf(categories));
    }

    /** The links and categories of a text, for callers that need them before (or instead of) rendering. */
    public Scan scan(String source) {
        List<WikiLink> links = new ArrayList<>();
        Set<String> categories = new LinkedHashSet<>();
        process(source, link -> "", links, categories);
        return new Scan(List.copyOf(links), List.copyOf(categories));
    }

    /** Parses the text and turns its wiki syntax into link nodes, collecting links and categories. */
    private Node process(String source, WikiLinkResolver resolver, List<WikiLink> links, Set<String> categories) {
        Node document = markdown.parse(source);
        List<Text> texts = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                texts.add(text);
            }
        });
        for (Text text : texts) {
            rewrite(text, resolver, links, categories);
        }
        return document;
    }

    private static void rewrite(Text text, WikiLinkResolver resolver, List<WikiLink> links, Set<String> categories) {
        String literal = text.getLiteral();
        Matcher m = WIKI_LINK.matcher(literal);
        if (!m.find()) {
            return;
        }
        int last = 0;
        do {
            if (m.start() > last) {
                text.insertBefore(new Text(literal.substring(last, m.start())));
            }
            String target = m.group(1).strip();
            String label = m.group(2) == null ? null : m.group(2).strip();
            int colon = target.indexOf(':');
            String prefix = colon > 0 ? target.substring(0, colon).strip() : null;
            if (prefix != null && CATEGORY_PREFIXES.contains(prefix.toLowerCase(Locale.ROOT))) {
                String category = target.substring(colon + 1).strip();
                if (!category.isEmpty()) {
                    categories.add(category);
                }
            } else {
                String space = prefix != null && prefix.matches("[a-z]{2,32}") ? prefix : null;
                String title = space != null ? target.substring(colon + 1).strip() : target;
                WikiLink link = new WikiLink(space, title, label == null || label.isEmpty() ? title : label);
                links.add(link);
                Link node = new Link(resolver.href(link), null);
                node.appendChild(new Text(link.label()));
                text.insertBefore(node);
            }
            last = m.end();
        } while (m.find());
        if (last < literal.length()) {
            text.insertBefore(new Text(literal.substring(last)));
        }
        text.unlink();
    }
}
