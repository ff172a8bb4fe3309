package vn.trithuc.knowledge.agriculture;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * What a farmer says about a practice note, all optional.
 *
 * @param crop         crop or livestock, e.g. "Lúa", "Lợn"
 * @param pest         pest or disease, e.g. "Rầy nâu"
 * @param seasonMonths months of the year (1–12) the practice applies to
 */
public record AgriFields(
        @Size(max = 100) String crop,
        @Size(max = 100) String pest,
        @Size(max = 12) List<@Min(1) @Max(12) Integer> seasonMonths,
        @Size(max = 100) String district,
        @Size(max = 100) String commune,
        @Size(max = 1000) String method) {
}
