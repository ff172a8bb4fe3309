package vn.trithuc.knowledge.article;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.trithuc.knowledge.agriculture.AgriFields;
import vn.trithuc.knowledge.tourism.TourismFields;

/**
 * A save from an editor ({@code PUT …/articles/{slug}}).
 *
 * @param baseRevision the revision the editor started from; absent when creating an article
 * @param language     the article's language (ISO 639-1), Vietnamese when absent
 * @param agriculture  structured fields of an agriculture practice note (agriculture space only)
 * @param tourism      place and translation fields of a tourism article (tourism space only)
 */
public record SaveRequest(
        @NotBlank @Size(max = 255) String title,
        @NotNull String markdown,
        @Size(max = 500) String summary,
        Long baseRevision,
        @Pattern(regexp = "[a-zA-Z]{2,3}") String language,
        @Valid AgriFields agriculture,
        @Valid TourismFields tourism) {
}
