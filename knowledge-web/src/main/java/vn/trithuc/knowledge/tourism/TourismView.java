package vn.trithuc.knowledge.tourism;

import java.util.List;

/**
 * A tourism article's place and translation group, as shown with the article.
 *
 * @param translationOf  the Vietnamese source when this article is a translation
 * @param sourceRevision the source revision this translation matches
 * @param outdated       the source changed after the translation was last brought up to date
 * @param translations   every article of the group (the source and each translation), this one included
 */
public record TourismView(String kind, Double latitude, Double longitude, String address, String openingHours,
                          Member translationOf, Long sourceRevision, boolean outdated, List<Member> translations) {

    /** One article of a translation group, with the revision readers see. */
    public record Member(String language, String slug, String title, long revision, boolean outdated) {
    }

    /** Languages the group has no article in yet, for the "translate" form. */
    public List<String> missingLanguages() {
        return TourismPlaces.LANGUAGES.stream()
                .filter(l -> !TourismPlaces.SOURCE_LANGUAGE.equals(l))
                .filter(l -> translations.stream().noneMatch(m -> m.language().equals(l))).toList();
    }

    public boolean located() {
        return latitude != null && longitude != null;
    }
}
