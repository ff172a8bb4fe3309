package vn.trithuc.content.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class BlameTest {

    record Rev(String author, String text) {
    }

    @Test
    void eachLineBelongsToTheRevisionThatLastChangedIt() {
        List<Rev> revisions = List.of(
                new Rev("hocsinh", "Hồ Gươm\nở Hoàn Kiếm\n"),
                new Rev("bientap", "Hồ Gươm\nở trung tâm Hoàn Kiếm\nCó Tháp Rùa\n"),
                new Rev("bacsi", "Hồ Hoàn Kiếm\nở trung tâm Hoàn Kiếm\nCó Tháp Rùa\n"));

        List<Blame.Line<Rev>> lines = Blame.of(revisions, Rev::text);

        assertThat(lines).extracting(l -> l.origin().author()).containsExactly("bacsi", "bientap", "bientap");
        assertThat(lines).extracting(Blame.Line::text).containsExactly("Hồ Hoàn Kiếm", "ở trung tâm Hoàn Kiếm", "Có Tháp Rùa");
        assertThat(lines.get(2).number()).isEqualTo(3);
    }

    @Test
    void unchangedLinesKeepTheirFirstAuthorAcrossManyRevisions() {
        List<Rev> revisions = List.of(new Rev("a", "x\ny\n"), new Rev("b", "x\ny\nz\n"), new Rev("c", "w\nx\ny\nz\n"));

        assertThat(Blame.of(revisions, Rev::text)).extracting(l -> l.origin().author()).containsExactly("c", "a", "a", "b");
    }
}
