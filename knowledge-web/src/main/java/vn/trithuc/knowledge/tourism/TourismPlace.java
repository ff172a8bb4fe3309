package vn.trithuc.knowledge.tourism;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The tourism side of an article. On a Vietnamese article it holds the place; on a translation it
 * holds the source article and the source revision the translation was last brought up to date with.
 */
@Entity
@Table(name = "tourism_place")
public class TourismPlace {

    @Id
    @Column(name = "article_id")
    private Long articleId;

    private String kind;
    private Double latitude;
    private Double longitude;
    private String address;

    @Column(name = "opening_hours")
    private String openingHours;

    @Column(name = "source_article_id")
    private Long sourceArticleId;

    @Column(name = "source_revision")
    private Long sourceRevision;

    protected TourismPlace() {
    }

    TourismPlace(Long articleId) {
        this.articleId = articleId;
    }

    void describe(TourismFields fields) {
        kind = fields.kind() == null || fields.kind().isBlank() ? null : PlaceKind.of(fields.kind()).code();
        latitude = fields.latitude();
        longitude = fields.longitude();
        address = clean(fields.address());
        openingHours = clean(fields.openingHours());
    }

    void translate(Long source, Long revision) {
        sourceArticleId = source;
        sourceRevision = revision;
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Long articleId() {
        return articleId;
    }

    public String kind() {
        return kind;
    }

    public Double latitude() {
        return latitude;
    }

    public Double longitude() {
        return longitude;
    }

    public String address() {
        return address;
    }

    public String openingHours() {
        return openingHours;
    }

    public Long sourceArticleId() {
        return sourceArticleId;
    }

    public Long sourceRevision() {
        return sourceRevision;
    }
}
