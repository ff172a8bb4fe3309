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
