package vn.trithuc.knowledge.agriculture;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The structured side of an agriculture note. A note is verified for one revision: an edit after
 * the verification shows as "changed since verified" until an expert looks again.
 */
@Entity
@Table(name = "agri_note")
public class AgriNote {

    @Id
    @Column(name = "article_id")
    private Long articleId;

    private String crop;
    private String pest;

    @Column(name = "season_months")
    private String seasonMonths;

    private String district;
    private String commune;
    private String method;

    @Column(name = "verified_by")
    private String verifiedBy;

    @Column(name = "verified_at")
    private OffsetDateTime verifiedAt;

    @Column(name = "verified_revision")
    private Long verifiedRevision;

    protected AgriNote() {
    }

    AgriNote(Long articleId) {
        this.articleId = articleId;
    }

    void update(AgriFields fields) {
        crop = clean(fields.crop());
        pest = clean(fields.pest());
        seasonMonths = fields.seasonMonths() == null ? null
                : fields.seasonMonths().stream().distinct().sorted().map(String::valueOf).collect(Collectors.joining(","));
        district = clean(fields.district());
        commune = clean(fields.commune());
        method = clean(fields.method());
    }

    void verify(String expert, long revision, OffsetDateTime at) {
        verifiedBy = expert;
        verifiedRevision = revision;
        verifiedAt = at;
    }

    /** The note as shown with an article; {@code verified} only when the current revision is the one verified. */
    public AgriView view(long currentRevision) {
        List<Integer> months = seasonMonths == null || seasonMonths.isBlank() ? List.of()
                : Arrays.stream(seasonMonths.split(",")).map(Integer::valueOf).toList();
        boolean verified = verifiedRevision != null && verifiedRevision == currentRevision;
        return new AgriView(crop, pest, months, district, commune, method, verified,
                verifiedRevision != null && !verified, verifiedBy, verifiedAt);
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String crop() {
        return crop;
    }

    public String district() {
        return district;
    }
}
