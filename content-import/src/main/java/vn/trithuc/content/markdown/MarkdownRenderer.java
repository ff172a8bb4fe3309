package vn.trithuc.content.markdown;

import java.util.List;
import java.util.Objects;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Renders Markdown written by contributors, teachers and instructors into HTML that is safe to
 * embed in a page. Thread-safe: one instance serves the whole application.
 *
 * <p>Raw HTML inside Markdown is allowed through the parser but then passes the sanitizer,
 * which keeps formatting, links, images and tables and drops scripts, event handlers, styles
 * and anything that could run code.
 */
public final class MarkdownRenderer {

    /** The CommonMark extensions every Tri Thức text uses. */
    public static final List<Extension> EXTENSIONS = List.of(
            TablesExtension.create(),
            StrikethroughExtension.create(),
            AutolinkExtension.create(),
            TaskListItemsExtension.create(),
            FootnotesExtension.create(),
            HeadingAnchorExtension.create());

    /** What may survive in rendered content: text formatting, structure, links, images, tables. */
    static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS)
            .and(Sanitizers.IMAGES)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("pre", "code", "hr", "del", "s", "sup", "sub", "section", "input", "span", "figure",
                            "figcaption")
                    .allowAttributes("id").matching(MarkdownRenderer::isSafeId).globally()
                    .allowAttributes("class").matching(MarkdownRenderer::isSafeClass).globally()
                    .allowAttributes("type").matching(true, "checkbox").onElements("input")
                    .allowAttributes("checked", "disabled").onElements("input")
                    .allowAttributes("align").matching(true, "left", "right", "center").onElements("th", "td")
                    .allowAttributes("start").matching(MarkdownRenderer::isNumber).onElements("ol")
                    .allowUrlProtocols("http", "https", "mailto")
                    .requireRelsOnLinks("noopener", "noreferrer")
                    .toFactory());

    private final Parser parser;
    private final HtmlRenderer renderer;

    public MarkdownRenderer() {
        this.parser = Parser.builder().extensions(EXTENSIONS).build();
        this.renderer = HtmlRenderer.builder().extensions(EXTENSIONS).build();
    }

    /** Parses Markdown into a CommonMark document, for callers that inspect or rewrite nodes. */
    public Node parse(String markdown) {
        return parser.parse(Objects.requireNonNull(markdown, "markdown"));
    }

    /** Renders Markdown to sanitised HTML. */
    public String render(String markdown) {
        return sanitize(renderer.render(parse(markdown)));
    }

    /** Sanitises an HTML fragment from any source with the same policy as rendered Markdown. */
    public static String sanitize(String html) {
        return POLICY.sanitize(html);
    }

    private static boolean isSafeId(String value) {
        return value.length() <= 200 && value.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_');
    }

    private static boolean isSafeClass(String value) {
        return value.length() <= 100 && value.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == ' ');
    }

    private static boolean isNumber(String value) {
        return value.length() <= 9 && !value.isEmpty() && value.chars().allMatch(Character::isDigit);
    }
}
