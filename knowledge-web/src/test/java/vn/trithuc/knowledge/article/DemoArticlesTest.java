package vn.trithuc.knowledge.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class DemoArticlesTest {

    private final List<DemoArticles.Item> items = DemoArticles.read();

    @Test
    void everySpaceHasDemoArticlesAndGeneralHasHundreds() {
        Map<String, Long> perSpace = items.stream().collect(Collectors.groupingBy(DemoArticles.Item::space, Collectors.counting()));
        assertThat(perSpace.keySet()).containsExactlyInAnyOrder("general", "agriculture", "medical", "tourism");
        assertThat(perSpace.get("general")).isGreaterThanOrEqualTo(300);
        assertThat(perSpace.values()).allMatch(n -> n >= 20);
    }

    @Test
    void hanoiIsThereWithNaturalCapitalisationAndMarkdownHeadings() {
        assertThat(items).filteredOn(i -> i.title().equals("Hà Nội")).singleElement()
                .satisfies(i -> assertThat(i.markdown()).contains("\n## "));
        assertThat(items).filteredOn(i -> i.title().contains("Hà Nội")).hasSizeGreaterThanOrEqualTo(50);
    }

    @Test
    void titlesAreUniquePerSpaceAndMakeValidSlugs() {
        assertThat(items.stream().map(i -> i.space() + "/" + Slug.fromTitle(i.title()).value()).distinct().count())
                .isEqualTo(items.size());
    }
}
