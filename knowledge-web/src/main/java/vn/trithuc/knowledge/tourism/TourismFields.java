package vn.trithuc.knowledge.tourism;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;

/**
 * What an editor says about a tourism article, all optional. A Vietnamese article describes the
 * place (kind, coordinates, address, opening hours); a translation names its Vietnamese source
 * instead and shares the source's place.
 *
 * @param kind           {@code heritage}, {@code food}, {@code lodging} or {@code health}
 * @param translationOf  slug of the Vietnamese article this one translates
 * @param sourceRevision the source revision the translation matches now; absent keeps the one
 *                       recorded before (or, for a new translation, the source's current revision)
 */
public record TourismFields(
        @Size(max = 20) String kind,
        @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @DecimalMin("-180") @DecimalMax("180") Double longitude,
        @Size(max = 300) String address,
        @Size(max = 300) String openingHours,
        @Size(max = 255) String translationOf,
        Long sourceRevision) {
}
