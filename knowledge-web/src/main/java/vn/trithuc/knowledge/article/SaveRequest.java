package vn.trithuc.knowledge.article;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A save from an editor ({@code PUT …/articles/{slug}}).
 *
 * @param baseRevision the revision the editor started from; absent when creating an article
 * @param language     the article's language (ISO 639-1), Vietnamese when absent
 * @param agriculture  structured fields of an agriculture practice note (agriculture space only)
 */
public record SaveRequest(
        @NotBlank @Size(max = 255) String title,
        @NotNull String markdown,
        @Size(max = 500) String summary,
        Long baseRevision,
        @Size(min = 2, max = 8) String language,
        @jakarta.validation.Valid vn.trithuc.knowledge.agriculture.AgriFields agriculture) {
}
