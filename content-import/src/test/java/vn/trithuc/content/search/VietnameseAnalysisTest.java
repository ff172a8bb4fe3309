package vn.trithuc.content.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.trithuc.content.text.Folding;

class VietnameseAnalysisTest {

    @Test
    void everySpellingOfHaNoiFoldsToTheSameSyllables() {
        for (String typed : List.of("ha noi", "Ha Noi", "HÀ NỘI", "hà nội", Normalizer.normalize("Hà Nội", Normalizer.Form.NFD))) {
            assertThat(VietnameseAnalysis.terms(VietnameseAnalysis.folded(), "f", typed)).containsExactly("ha", "noi");
        }
        assertThat(VietnameseAnalysis.terms(VietnameseAnalysis.folded(), "f", "Đà Nẵng đường")).containsExactly("da", "nang", "duong");
        assertThat(Folding.fold("Điện Biên Phủ")).isEqualTo("dien bien phu");
    }

    @Test
    void exactSyllablesKeepTheirMarksInOneNormalForm() {
        assertThat(VietnameseAnalysis.terms(VietnameseAnalysis.exact(), "f", Normalizer.normalize("HÀ Nội", Normalizer.Form.NFD)))
                .containsExactly("hà", "nội");
        assertThat(VietnameseAnalysis.terms(VietnameseAnalysis.exact(), "f", "hạ")).containsExactly("hạ");
    }

    @Test
    void pairsAreAdjacentFoldedSyllables() {
        assertThat(VietnameseAnalysis.terms(VietnameseAnalysis.shingles(), "f", "Bệnh viện Bạch Mai"))
                .containsExactly("benh vien", "vien bach", "bach mai");
    }

    @Test
    void prefixesServeAsYouTypeSuggestions() {
        assertThat(VietnameseAnalysis.terms(VietnameseAnalysis.prefixes(), "f", "Hồ Gươm"))
                .containsExactly("h", "ho", "g", "gu", "guo", "guom");
    }

    @Test
    void translationsGetTheirLanguagesAnalysis() {
        assertThat(VietnameseAnalysis.terms(VietnameseAnalysis.english(), "f", "The pagoda's pillars")).contains("pagoda", "pillar");
        assertThat(VietnameseAnalysis.terms(VietnameseAnalysis.french(), "f", "l'église des pagodes")).contains("eglis", "pagod");
        assertThat(VietnameseAnalysis.terms(VietnameseAnalysis.cjk(), "f", "河内市")).containsExactly("河内", "内市");
    }

    @Test
    void stopSyllablesComeFromTheList() {
        assertThat(VietnameseAnalysis.isStopSyllable("cua")).isTrue();
        assertThat(VietnameseAnalysis.isStopSyllable("benh")).isFalse();
    }

    @Test
    void bothPlacesOfATheToneMarkAreOneSpelling() {
        // older "hoá, thuỷ, khoẻ" and newer "hóa, thủy, khỏe"; "quý", "hoàn", "thuyền" are the same in both
        assertThat(VietnameseAnalysis.terms(VietnameseAnalysis.exact(), "f", "Hoá học, THUỶ điện, sức khoẻ"))
                .containsExactly("hóa", "học", "thủy", "điện", "sức", "khỏe");
        assertThat(VietnameseAnalysis.terms(VietnameseAnalysis.exact(), "f", "hóa thủy quý hoàn thuyền"))
                .containsExactly("hóa", "thủy", "quý", "hoàn", "thuyền");
        assertThat(VietnameseQuery.titleKey("Hoá học (Thuỷ)", false)).isEqualTo("hóa học (thủy)");
        assertThat(VietnameseQuery.titleKey("Hoá học", true)).isEqualTo("hoa hoc");
    }

    @Test
    void syllablesTypedWithMarksAreJudgedAsWritten() {
        // "đến" (to) and "lúc" (when) are stop words; "đen" (black) and "lục" (continent) fold to the same letters but are not
        assertThat(VietnameseAnalysis.isStopSyllable("đến", "den")).isTrue();
        assertThat(VietnameseAnalysis.isStopSyllable("đen", "den")).isFalse();
        assertThat(VietnameseAnalysis.isStopSyllable("lục", "luc")).isFalse();
        // typed without marks, only the folded form is known
        assertThat(VietnameseAnalysis.isStopSyllable("den", "den")).isTrue();
        // the query keeps "đen" as a word that must match, and "đến" as one that only adds
        VietnameseQuery query = new VietnameseQuery(List.of(new VietnameseQuery.Group("body", 1f)),
                VietnameseQuery.Weights.DEFAULT, false);
        assertThat(query.build("cái chết đen").toString())
                .startsWith("+((((body:chet)^1.0)~0.1 ((body:den)^1.0)~0.1)~1) (((body:cai)^1.0)~0.1)^0.6 ");
        assertThat(query.build("cái chết đến").toString())
                .startsWith("+((((body:chet)^1.0)~0.1)~1) (((body:cai)^1.0)~0.1)^0.6 (((body:den)^1.0)~0.1)^0.6 ");
    }

    @Test
    void queriesAreNeverParsedAsSyntaxAndHaveALimit() {
        VietnameseQuery query = new VietnameseQuery(List.of(new VietnameseQuery.Group("body", 1f)),
                VietnameseQuery.Weights.DEFAULT, true);
        assertThat(query.build("\"AND ( * bệnh viện").toString()).contains("body:benh", "body_pairs:benh vien", "body_exact:bệnh");
        assertThat(query.build("\" * ( )").toString()).contains("MatchNoDocs");
        assertThatThrownBy(() -> query.build("x".repeat(1001))).isInstanceOf(IllegalArgumentException.class);
    }
}
