package vn.trithuc.content.wiki;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.trithuc.content.markdown.MarkdownRenderer;

class WikiMarkdownTest {

    private static final Set<String> EXISTING = Set.of("Hà Nội", "Sốt xuất huyết");

    private final WikiMarkdown wiki = new WikiMarkdown(new MarkdownRenderer());

    /** A resolver as the knowledge base has one: own space "general", missing pages get redlink=1. */
    private final WikiLinkResolver resolver = link -> "/wiki/" + (link.space() == null ? "general" : link.space()) + "/"
            + link.title().toLowerCase().replace(' ', '-') + (EXISTING.contains(link.title()) ? "" : "?" + WikiMarkdown.REDLINK);

    @Test
    void wikiLinksBecomeLinksAndMissingPagesAreRed() {
        WikiMarkdown.Rendered rendered = wiki.render("Thủ đô là [[Hà Nội]], xem [[Phở|món phở]].", resolver);

        assertThat(rendered.html()).contains("<a href=\"/wiki/general/hà-nội\" class=\"wikilink\"");
        assertThat(rendered.html()).contains("class=\"wikilink new\"", ">món phở</a>");
        assertThat(rendered.links()).extracting(WikiLink::title).containsExactly("Hà Nội", "Phở");
    }

    @Test
    void spacePrefixLinksAcrossKnowledgeBases() {
        WikiMarkdown.Rendered rendered = wiki.render("Xem [[medical:Sốt xuất huyết]].", resolver);

        assertThat(rendered.links()).containsExactly(new WikiLink("medical", "Sốt xuất huyết", "Sốt xuất huyết"));
        assertThat(rendered.html()).contains("/wiki/medical/sốt-xuất-huyết\" class=\"wikilink\"");
    }

    @Test
    void categoryTagsAreCollectedAndLeaveTheText() {
        WikiMarkdown.Rendered rendered = wiki.render("Lúa nước.\n\n[[Thể loại:Cây lương thực]] [[Category:Nông nghiệp]]", resolver);

        assertThat(rendered.categories()).containsExactly("Cây lương thực", "Nông nghiệp");
        assertThat(rendered.html()).doesNotContain("Thể loại", "Category");
    }

    @Test
    void wikiSyntaxInsideCodeStaysLiteral() {
        WikiMarkdown.Rendered rendered = wiki.render("`[[Hà Nội]]`\n\n```\n[[Phở]]\n```", resolver);

        assertThat(rendered.links()).isEmpty();
        assertThat(rendered.html()).contains("<code>[[Hà Nội]]</code>");
    }

    @Test
    void scanFindsTheSameLinksAndCategoriesAsRendering() {
        String text = "[[Hà Nội]] và [[medical:Sốt xuất huyết|sốt]]\n\n`[[không]]`\n\n[[Thể loại:Thủ đô]]";
        WikiMarkdown.Rendered rendered = wiki.render(text, resolver);

        WikiMarkdown.Scan scan = wiki.scan(text);

        assertThat(scan.links()).isEqualTo(rendered.links()).hasSize(2);
        assertThat(scan.categories()).isEqualTo(rendered.categories()).containsExactly("Thủ đô");
    }

    @Test
    void oddInputStillRenders() {
        assertThat(wiki.render("[[]] [[|x]] [[a|]] [[ [[b]] ]] ]]", resolver).html()).isNotNull();
        assertThat(wiki.render("", resolver).html()).isEmpty();
    }
}
