package vn.trithuc.knowledge.agriculture;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An agriculture note's fields and verification, as shown with the article.
 *
 * @param verified            an expert verified the revision readers see
 * @param changedSinceVerified an expert verified an earlier revision; it changed since
 */
public record AgriView(String crop, String pest, List<Integer> seasonMonths, String district, String commune,
                       String method, boolean verified, boolean changedSinceVerified, String verifiedBy,
                       OffsetDateTime verifiedAt) {
}
