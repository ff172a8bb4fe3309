package vn.trithuc.knowledge.space;

import java.util.Locale;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * A knowledge base with its own editing policy. Names and descriptions exist in Vietnamese and
 * English; the key is the stable identifier used in URLs ({@code /wiki/medical/…}).
 */
@Entity
@Table(name = "space")
@Indexed(index = "space")
@NamedQuery(name = Space.ALL, query = "select s from Space s order by s.sortOrder")
public class Space {

    public static final String ALL = "Space.all";

    @Id
    @Column(name = "space_key", length = 32)
    @KeywordField
    private String key;

    @Column(nullable = false)
    private SpacePolicy policy;

    @Column(name = "name_vi", nullable = false)
    @FullTextField
    private String nameVi;

    @Column(name = "name_en", nullable = false)
    @FullTextField
    private String nameEn;

    @Column(name = "description_vi", nullable = false)
    private String descriptionVi;

    @Column(name = "description_en", nullable = false)
    private String descriptionEn;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Version
    private long version;

    protected Space() {
    }

    public Space(String key, SpacePolicy policy, String nameVi, String nameEn, String descriptionVi,
                 String descriptionEn, int sortOrder) {
        this.key = Objects.requireNonNull(key, "key");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.nameVi = Objects.requireNonNull(nameVi, "nameVi");
        this.nameEn = Objects.requireNonNull(nameEn, "nameEn");
        this.descriptionVi = Objects.requireNonNull(descriptionVi, "descriptionVi");
        this.descriptionEn = Objects.requireNonNull(descriptionEn, "descriptionEn");
        this.sortOrder = sortOrder;
    }

    public String key() {
        return key;
    }

    public SpacePolicy policy() {
        return policy;
    }

    /** The name in the reader's language; Vietnamese unless English was asked for. */
    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }

    public String description(Locale locale) {
        return "en".equals(locale.getLanguage()) ? descriptionEn : descriptionVi;
    }
}
