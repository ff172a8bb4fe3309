package vn.trithuc.knowledge.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import vn.trithuc.web.problem.ProblemException;

class SlugTest {

    @Test
    void vietnameseTitlesTransliterate() {
        assertThat(Slug.fromTitle("Hà Nội").value()).isEqualTo("ha-noi");
        assertThat(Slug.fromTitle("Đồng Xuân – chợ lớn nhất").value()).isEqualTo("dong-xuan-cho-lon-nhat");
        assertThat(Slug.fromTitle("  Văn Miếu (Quốc Tử Giám)  ").value()).isEqualTo("van-mieu-quoc-tu-giam");
        assertThat(Slug.fromTitle("Phở bò 2024").value()).isEqualTo("pho-bo-2024");
    }

    @Test
    void titlesInOtherScriptsKeepTheirLetters() {
        // visitors' languages of the tourism space: Japanese, Korean, Chinese; and any other script
        assertThat(Slug.fromTitle("ハノイ旧市街").value()).isEqualTo("ハノイ旧市街");
        assertThat(Slug.fromTitle("하노이 구시가지").value()).isEqualTo("하노이-구시가지");
        assertThat(Slug.fromTitle("河内 2020").value()).isEqualTo("河内-2020");
        assertThat(Slug.fromTitle("Москва").value()).isEqualTo("москва");
        assertThat(Slug.fromTitle("ガイド").value()).as("voiced kana keep their marks").isEqualTo("ガイド");
        // Latin letters always fold to ASCII, other Latin letters too; a Latin title keeps its old address
        assertThat(Slug.fromTitle("Straße").value()).isEqualTo("strasse");
        assertThat(Slug.fromTitle("Hằng số π").value()).isEqualTo("hang-so");
        assertThat(new Slug("ハノイ旧市街").value()).isEqualTo("ハノイ旧市街");
        assertThatThrownBy(() -> new Slug("ハノイ 旧市街")).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> new Slug("Москва")).isInstanceOf(ProblemException.class);
    }

    @Test
    void titlesWithoutLettersAreRefused() {
        assertThatThrownBy(() -> Slug.fromTitle("!!! ???"))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.status()).isEqualTo(400));
    }

    @Test
    void onlyCanonicalSlugsAreAccepted() {
        assertThat(new Slug("ha-noi").value()).isEqualTo("ha-noi");
        assertThatThrownBy(() -> new Slug("Hà-Nội")).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> new Slug("ha--noi")).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> new Slug("../etc")).isInstanceOf(ProblemException.class);
    }
}
