package vn.trithuc.learning.course;

import jakarta.enterprise.context.ApplicationScoped;

import vn.trithuc.content.markdown.MarkdownRenderer;
import vn.trithuc.content.wiki.WikiLink;
import vn.trithuc.content.wiki.WikiMarkdown;

/**
 * Renders lesson and course Markdown with the knowledge bases' renderer: {@code [[space:Title]]}
 * leads to that article of the knowledge base ({@code [[Title]]} to the general one), sanitised
 * like every article.
 */
@ApplicationScoped
public class LessonRenderer {

    static final String DEFAULT_SPACE = "general";

    private final WikiMarkdown wiki = new WikiMarkdown(new MarkdownRenderer());

    public String render(String markdown) {
        return wiki.render(markdown == null ? "" : markdown, LessonRenderer::href).html();
    }

    static String href(WikiLink link) {
        String space = link.space() == null ? DEFAULT_SPACE : link.space();
        String slug = WikiLink.slug(link.title());
        return "/wiki/" + space + (slug.isEmpty() ? "" : "/" + slug);
    }
}
