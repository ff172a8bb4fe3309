package vn.trithuc.knowledge.tourism;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import vn.trithuc.knowledge.article.ArticleService;
import vn.trithuc.knowledge.article.ArticleViews.ArticleView;
import vn.trithuc.knowledge.article.SaveRequest;
import vn.trithuc.knowledge.article.Slug;
import vn.trithuc.web.security.Caller;

/**
 * The tourism space's demo places ({@code demo/places.json}), applied after the demo articles
 * through the same service as every edit: kinds, coordinates, addresses and opening hours for the
 * sites, two visitor health facilities, and translations, one of them outdated because the
 * Vietnamese article changed after it was translated.
 */
@ApplicationScoped
public class DemoPlaces {

    private static final Caller EDITOR = new Caller("bientap", "Hoàng Văn Giang", Set.of("contributor", "learner", "editor"),
            List.of());
    private static final Caller TRANSLATOR = new Caller("hocsinh", "Nguyễn Minh An", Set.of("contributor", "learner"),
            List.of());

    @Inject
    ArticleService articles;

    /** Applies the demo places; returns how many tourism articles got a place or a translation. */
    public int load() {
        JsonObject demo = read();
        int count = 0;
        for (JsonValue value : demo.getJsonArray("places")) {
            JsonObject place = value.asJsonObject();
            String slug = Slug.fromTitle(place.getString("title")).value();
            ArticleView article = articles.read(TourismPlaces.SPACE, slug);
            articles.save(TourismPlaces.SPACE, slug, new SaveRequest(article.title(), article.markdown(), "Thêm vị trí",
                    article.revision(), "vi", null, fields(place)), EDITOR);
            count++;
        }
        for (JsonValue value : demo.getJsonArray("articles")) {
            JsonObject place = value.asJsonObject();
            articles.save(TourismPlaces.SPACE, Slug.fromTitle(place.getString("title")).value(), new SaveRequest(
                    place.getString("title"), place.getString("markdown"), "Bài mới", null, "vi", null, fields(place)), EDITOR);
            count++;
        }
        JsonObject edit = demo.getJsonObject("sourceEdit");
        for (JsonValue value : demo.getJsonArray("translations")) {
            JsonObject translation = value.asJsonObject();
            if (translation.getBoolean("afterSourceEdit", false)) {
                continue;
            }
            translate(translation);
            count++;
        }
        // the Vietnamese article moves on: its French translation is now outdated
        String editedSlug = Slug.fromTitle(edit.getString("title")).value();
        ArticleView source = articles.read(TourismPlaces.SPACE, editedSlug);
        articles.save(TourismPlaces.SPACE, editedSlug, new SaveRequest(source.title(),
                source.markdown() + edit.getString("append"), edit.getString("summary"), source.revision(), "vi", null, null),
                EDITOR);
        for (JsonValue value : demo.getJsonArray("translations")) {
            JsonObject translation = value.asJsonObject();
            if (translation.getBoolean("afterSourceEdit", false)) {
                translate(translation);
                count++;
            }
        }
        return count;
    }

    private void translate(JsonObject translation) {
        String title = translation.getString("title");
        articles.save(TourismPlaces.SPACE, Slug.fromTitle(title).value(), new SaveRequest(title,
                translation.getString("markdown"), "Bản dịch mới", null, translation.getString("language"), null,
                new TourismFields(null, null, null, null, null, Slug.fromTitle(translation.getString("of")).value(), null)),
                TRANSLATOR);
    }

    private static TourismFields fields(JsonObject place) {
        return new TourismFields(place.getString("kind", null), number(place, "latitude"), number(place, "longitude"),
                place.getString("address", null), place.getString("openingHours", null), null, null);
    }

    private static Double number(JsonObject object, String name) {
        JsonNumber number = object.getJsonNumber(name);
        return number == null ? null : number.doubleValue();
    }

    static JsonObject read() {
        try (InputStream in = DemoPlaces.class.getResourceAsStream("/demo/places.json");
             JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo places", e);
        }
    }
}
