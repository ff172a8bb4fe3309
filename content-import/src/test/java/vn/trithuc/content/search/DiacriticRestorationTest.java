package vn.trithuc.content.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class DiacriticRestorationTest {

    private final DiacriticRestoration restoration = DiacriticRestoration.standard();

    @Test
    void readsCommonWordsTypedWithoutMarks() {
        assertThat(restoration.restore(List.of("ha", "noi"))).containsExactly("hà", "nội");
        assertThat(restoration.restore(List.of("benh", "vien"))).containsExactly("bệnh", "viện");
        assertThat(restoration.restore(List.of("nong", "nghiep"))).containsExactly("nông", "nghiệp");
    }

    @Test
    void theNeighbourDecidesBetweenReadings() {
        // "bao" alone is most often "bao"; beside "lâu" and "nhiêu" too, but "báo" beside "chí"
        assertThat(restoration.restore(List.of("trong", "bao", "lau"))).containsExactly("trong", "bao", "lâu");
        assertThat(restoration.restore(List.of("bao", "chi"))).containsExactly("báo", "chí");
        assertThat(restoration.restore(List.of("con", "duong"))).containsExactly("con", "đường");
    }

    @Test
    void namesNumbersAndForeignWordsStayAsTyped() {
        assertThat(restoration.restore(List.of("ottoman", "1991", "super", "bowl"))).containsExactly("ottoman", "1991", "super", "bowl");
        assertThat(restoration.restore(List.of())).isEmpty();
    }
}
