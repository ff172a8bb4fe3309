package vn.trithuc.knowledge.tourism;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import vn.trithuc.knowledge.article.Article;
import vn.trithuc.knowledge.article.ArticleService;
import vn.trithuc.web.Settings;
import vn.trithuc.web.page.Page;
import vn.trithuc.web.problem.ProblemException;
import vn.trithuc.web.qr.QrCodes;

/**
 * The tourism &amp; culture features around articles:
 * {@code GET /api/tourism/places.geojson?kind=&lang=&bbox=} (the map's data),
 * {@code GET /api/tourism/places/{slug}/qr.svg} (the code printed at the site),
 * {@code GET /tourism/go/{slug}} (where the code leads: the article in the visitor's language) and
 * the map page {@code /tourism/map}.
 */
@Path("")
public class TourismResource {

    public static final String GEOJSON = "application/geo+json";

    @Inject
    TourismPlaces places;

    @Inject
    ArticleService articles;

    @Inject
    vn.trithuc.knowledge.space.SpaceService spaces;

    @Context
    HttpServletRequest request;

    @GET
    @Path("api/tourism/places.geojson")
    @Produces({GEOJSON, MediaType.APPLICATION_JSON})
    public Response geojson(@QueryParam("kind") String kind, @QueryParam("lang") String language,
                            @QueryParam("bbox") String bbox) {
        JsonArrayBuilder features = Json.createArrayBuilder();
        for (TourismPlaces.Feature f : places.features(kind, language(language), boundingBox(bbox))) {
            JsonObjectBuilder properties = Json.createObjectBuilder()
                    .add("slug", f.slug()).add("title", f.title()).add("language", f.language())
                    .add("url", "/wiki/tourism/" + f.slug());
            add(properties, "kind", f.kind());
            add(properties, "address", f.address());
            add(properties, "openingHours", f.openingHours());
            features.add(Json.createObjectBuilder().add("type", "Feature")
                    .add("geometry", Json.createObjectBuilder().add("type", "Point")
                            .add("coordinates", Json.createArrayBuilder().add(f.longitude()).add(f.latitude())))
                    .add("properties", properties));
        }
        CacheControl cache = new CacheControl();
        cache.setMaxAge(60);
        return Response.ok(Json.createObjectBuilder().add("type", "FeatureCollection").add("features", features).build()
                .toString(), GEOJSON + ";charset=UTF-8").cacheControl(cache).build();
    }

    /** The QR code of an article: it encodes the language-choosing address, not the article's own. */
    @GET
    @Path("api/tourism/places/{slug: [^/]+}/qr.svg")
    @Produces("image/svg+xml")
    public Response qr(@PathParam("slug") String slug) {
        Article article = articles.visible(TourismPlaces.SPACE, slug);
        CacheControl cache = new CacheControl();
        cache.setMaxAge(86400);
        return Response.ok(QrCodes.svg(goUrl(article.slug())), "image/svg+xml").cacheControl(cache)
                .header("Content-Disposition", "inline; filename=\"qr-" + article.slug() + ".svg\"").build();
    }

    /**
     * Where a QR code leads: the group's article in the first of the visitor's languages it has
     * ({@code ?lang=} first, then the browser's Accept-Language), else the Vietnamese one. Visitors
     * who prefer another language than Vietnamese get the English interface.
     */
    @GET
    @Path("tourism/go/{slug: [^/]+}")
    public Response go(@PathParam("slug") String slug, @QueryParam("lang") String language) {
        Article article = articles.visible(TourismPlaces.SPACE, slug);
        List<Locale> preferred = new ArrayList<>();
        if (language != null && !language.isBlank()) {
            preferred.add(Locale.forLanguageTag(language.strip()));
        }
        if (request.getHeader("Accept-Language") != null) {
            // without the header the container would answer with its own default locale
            preferred.addAll(Collections.list(request.getLocales()));
        }
        String chosen = places.chooseFor(article, preferred);
        String ui = preferred.isEmpty() || "vi".equals(preferred.get(0).getLanguage()) ? "vi" : "en";
        CacheControl cache = new CacheControl();
        cache.setNoStore(true);
        return Response.seeOther(URI.create("/wiki/tourism/" + chosen + "?lang=" + ui)).cacheControl(cache)
                .header("Vary", "Accept-Language").build();
    }

    @GET
    @Path("tourism")
    public Response tourism() {
        return Response.seeOther(URI.create("/tourism/map")).build();
    }

    /** The map: Leaflet over the GeoJSON, and the same places as a list that works without JavaScript. */
    @GET
    @Path("tourism/map")
    @Produces(MediaType.TEXT_HTML)
    public Page map(@QueryParam("kind") String kind) {
        String language = vn.trithuc.web.page.Languages.of(request).getLanguage();
        String filter = kind == null || kind.isBlank() ? "" : PlaceKind.of(kind).code();
        return Page.of("map", Map.of("places", places.features(filter, language, null), "kind", filter,
                "space", spaces.get(TourismPlaces.SPACE, vn.trithuc.web.page.Languages.of(request)),
                "kinds", java.util.Arrays.stream(PlaceKind.values()).map(PlaceKind::code).toList(),
                "tileUrl", Settings.mapTileUrl(), "attribution", Settings.mapAttribution(),
                "geojson", "/api/tourism/places.geojson?lang=" + language + (filter.isEmpty() ? "" : "&kind=" + filter)));
    }

    /** The printable sheet with an article's QR code, for the sign at the site. */
    @GET
    @Path("tourism/qr/{slug: [^/]+}")
    @Produces(MediaType.TEXT_HTML)
    public Page printable(@PathParam("slug") String slug) {
        var article = articles.read(TourismPlaces.SPACE, slug);
        return Page.of("qr", Map.of("article", article, "link", goUrl(article.slug())));
    }

    /** The address a code holds, percent-encoded (a name in another script must scan on every phone). */
    private String goUrl(String slug) {
        return Settings.publicUrl(request.getScheme(), request.getServerName(), request.getServerPort())
                + URI.create("/tourism/go/" + slug).toASCIIString();
    }

    private static String language(String code) {
        return code == null || code.isBlank() ? null : TourismPlaces.requireLanguage(code);
    }

    /** {@code west,south,east,north} in degrees, as Leaflet's {@code getBounds().toBBoxString()} gives it. */
    static double[] boundingBox(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String[] parts = value.split(",");
        try {
            if (parts.length != 4) {
                throw new NumberFormatException();
            }
            double[] box = new double[4];
            for (int i = 0; i < 4; i++) {
                box[i] = Double.parseDouble(parts[i].strip());
            }
            if (box[0] > box[2] || box[1] > box[3] || Math.abs(box[1]) > 90 || Math.abs(box[3]) > 90) {
                throw new NumberFormatException();
            }
            return box;
        } catch (NumberFormatException e) {
            throw new ProblemException("invalid-bbox", 400, "Invalid bounding box",
                    "bbox is west,south,east,north in degrees, such as 105.80,21.00,105.88,21.06; got '" + value + "'.");
        }
    }

    private static void add(JsonObjectBuilder object, String name, String value) {
        if (value != null) {
            object.add(name, value);
        }
    }
}
