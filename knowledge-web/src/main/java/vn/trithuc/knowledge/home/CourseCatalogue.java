package vn.trithuc.knowledge.home;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import org.jboss.logging.Logger;

import vn.trithuc.web.Settings;

/**
 * The course catalogue as the home page shows it, read from the learning context's public API
 * ({@code TRITHUC_LEARNING_API_URL}) — contexts share no tables. Cached for a minute; when the
 * learning context does not answer the home page says so instead of failing.
 */
@ApplicationScoped
public class CourseCatalogue {

    private static final Logger LOG = Logger.getLogger(CourseCatalogue.class);
    private static final Duration TTL = Duration.ofSeconds(60);

    /** A course card on the home page. */
    public record CourseCard(String id, String title, String summary) {
    }

    /** The catalogue, or {@code available = false} when the learning context could not be asked. */
    public record Catalogue(boolean available, List<CourseCard> courses) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private volatile Catalogue cached;
    private volatile Instant cachedAt = Instant.EPOCH;

    public Catalogue current() {
        Catalogue catalogue = cached;
        if (catalogue != null && cachedAt.plus(TTL).isAfter(Instant.now())) {
            return catalogue;
        }
        catalogue = fetch();
        cached = catalogue;
        cachedAt = catalogue.available() ? Instant.now() : Instant.now().minus(TTL).plusSeconds(10);
        return catalogue;
    }

    private Catalogue fetch() {
        String url = Settings.env("TRITHUC_LEARNING_API_URL", "http://localhost:8080/learn/api") + "/courses";
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(2)).header("Accept", "application/json").build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                LOG.debugf("Course catalogue at %s answered %d", url, response.statusCode());
                return new Catalogue(false, List.of());
            }
            try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
                JsonArray courses = reader.readArray();
                return new Catalogue(true, courses.getValuesAs(JsonObject.class).stream()
                        .map(c -> new CourseCard(String.valueOf(c.get("id")), c.getString("title", ""),
                                c.getString("summary", "")))
                        .toList());
            }
        } catch (java.io.IOException | RuntimeException e) {
            LOG.debugf("Course catalogue at %s unavailable: %s", url, e.getMessage());
            return new Catalogue(false, List.of());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Catalogue(false, List.of());
        }
    }
}
