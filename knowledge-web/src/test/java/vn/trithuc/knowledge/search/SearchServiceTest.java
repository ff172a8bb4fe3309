package vn.trithuc.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.hibernate.search.engine.spatial.GeoPoint;
import org.junit.jupiter.api.Test;

class SearchServiceTest {

    @Test
    void agricultureAndTourismFacetsComeWithTheirSpace() {
        assertThat(SearchService.facetsFor(SearchService.Filters.NONE)).containsExactly("space", "language", "category", "status");
        assertThat(SearchService.facetsFor(new SearchService.Filters("agriculture", null, null, null, null, null, null)))
                .contains("crop", "district").doesNotContain("kind");
        assertThat(SearchService.facetsFor(new SearchService.Filters("tourism", null, null, null, null, null, null)))
                .contains("kind").doesNotContain("crop");
    }

    @Test
    void theOpenSearchIndexScoresWithTheLuceneIndexsBm25Parameters() throws Exception {
        try (var in = getClass().getResourceAsStream("/search/opensearch-settings.json");
             var reader = jakarta.json.Json.createReader(in)) {
            var bm25 = reader.readObject().getJsonObject("index").getJsonObject("similarity").getJsonObject("default");
            assertThat(bm25.getString("type")).isEqualTo("BM25");
            assertThat(bm25.getJsonNumber("k1").doubleValue()).isCloseTo(vn.trithuc.content.search.VietnameseAnalysis.BM25_K1, within(1e-6));
            assertThat(bm25.getJsonNumber("b").doubleValue()).isCloseTo(vn.trithuc.content.search.VietnameseAnalysis.BM25_B, within(1e-6));
        }
    }

    @Test
    void distancesAreGreatCircleKilometres() {
        // Hồ Hoàn Kiếm to Văn Miếu: about 1.8 km
        double km = SearchService.distanceKm(GeoPoint.of(21.0288, 105.8525), new SearchService.Near(21.0285, 105.8355, null));
        assertThat(km).isCloseTo(1.8, within(0.1));
    }
}
