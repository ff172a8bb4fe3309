package vn.trithuc.knowledge.article;

import java.net.URI;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import vn.trithuc.knowledge.article.ArticleViews.ArticleView;
import vn.trithuc.knowledge.space.SpaceService;
import vn.trithuc.knowledge.tourism.TourismFields;
import vn.trithuc.knowledge.tourism.TourismPlaces;
import vn.trithuc.knowledge.tourism.TourismView;
import vn.trithuc.web.page.Languages;
import vn.trithuc.web.page.Page;
import vn.trithuc.web.problem.ProblemException;
import vn.trithuc.web.security.Caller;

/**
 * The knowledge pages at human URLs: a space's index, reading (cacheable for anonymous readers,
 * 304 when unchanged), history, diff, and the editor with preview and conflict resolution. They
 * work without JavaScript.
 */
@Path("wiki/{space: [a-z]+}")
@Produces(MediaType.TEXT_HTML)
public class ArticlePages {

    private static final int PAGE_SIZE = 50;

    /** The editor's form. */
    public static class EditForm {
        @FormParam("title")
        String title;
        @FormParam("markdown")
        String markdown;
        @FormParam("summary")
        String summary;
        @FormParam("baseRevision")
        Long baseRevision;
        @FormParam("action")
        String action;
        @FormParam("crop")
        String crop;
        @FormParam("pest")
        String pest;
        @FormParam("month")
        List<Integer> months;
        @FormParam("district")
        String district;
        @FormParam("commune")
        String commune;
        @FormParam("method")
        String method;
        @FormParam("language")
        String language;
        @FormParam("kind")
        String kind;
        @FormParam("latitude")
        String latitude;
        @FormParam("longitude")
        String longitude;
        @FormParam("address")
        String address;
        @FormParam("openingHours")
        String openingHours;
        @FormParam("translationOf")
        String translationOf;
        /** Sent (with the source's current revision) when the translator ticks "brought up to date". */
        @FormParam("sourceRevision")
        Long sourceRevision;

        TourismFields tourism(String space) {
            if (!TourismPlaces.SPACE.equals(space)) {
                return null;
            }
            boolean translation = translationOf != null && !translationOf.isBlank();
            return new TourismFields(translation ? null : kind, translation ? null : coordinate(latitude, "latitude"),
                    translation ? null : coordinate(longitude, "longitude"), translation ? null : address,
                    translation ? null : openingHours, translation ? translationOf : null, translation ? sourceRevision : null);
        }

        String language(String space) {
            return TourismPlaces.SPACE.equals(space) && language != null && !language.isBlank() ? language : null;
        }

        private static Double coordinate(String value, String name) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return Double.valueOf(value.strip().replace(',', '.'));
            } catch (NumberFormatException e) {
                throw new ProblemException("invalid-coordinates", 400, "Invalid coordinates",
                        "The " + name + " must be a decimal number of degrees, such as 21.0285; got '" + value + "'.");
            }
        }

        vn.trithuc.knowledge.agriculture.AgriFields agriculture(String space) {
            if (!vn.trithuc.knowledge.agriculture.AgricultureNotes.SPACE.equals(space)) {
                return null;
            }
            return new vn.trithuc.knowledge.agriculture.AgriFields(crop, pest, months, district, commune, method);
        }
    }

    @Inject
    ArticleService articles;

    @Inject
    SpaceService spaces;

    @Inject
    vn.trithuc.knowledge.watch.WatchService watches;

    @Inject
    ReadCache readCache;

    @Inject
    StampCache stamps;

    @Inject
    vn.trithuc.web.page.PageRenderer renderer;

    @Inject
    Caller caller;

    @Context
    HttpServletRequest request;

    @PathParam("space")
    String space;

    @GET
    public Page index(@QueryParam("page") @DefaultValue("1") int page) {
        return Page.of("space", Map.of("space", spaces.get(space, Languages.of(request)),
                "index", articles.index(space, page, PAGE_SIZE)));
    }

    /** Starts a new article from a title typed on the space page. */
    @GET
    @Path("new")
    public Response startNew(@QueryParam("title") String title, @QueryParam("translationOf") String translationOf,
                             @QueryParam("language") String language) {
        if (title == null || title.isBlank()) {
            return Response.seeOther(URI.create(translationOf == null || translationOf.isBlank() ? "/wiki/" + space
                    : "/wiki/" + space + "/" + new Slug(translationOf))).build();
        }
        boolean translating = translationOf != null && !translationOf.isBlank();
        String translation = !translating ? ""
                : "&translationOf=" + encode(translationOf.strip()) + "&language=" + encode(language == null ? "" : language);
        Slug slug;
        try {
            slug = Slug.fromTitle(title);
        } catch (ProblemException noLetters) {
            if (!translating || language == null || !language.matches("[a-z]{2,3}")) {
                throw noLetters;
            }
            // a title of signs only has nothing a slug can keep: name the translation after its source
            slug = new Slug(new Slug(translationOf.strip()).value() + "-" + language);
        }
        return Response.seeOther(URI.create("/wiki/" + space + "/" + slug + "/edit?title=" + encode(title.strip())
                + translation)).build();
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    @GET
    @Path("{slug: [^/]+}")
    public Response read(@PathParam("slug") String slug, @QueryParam("notice") String notice, @Context Request http) {
        String canonical = vn.trithuc.content.wiki.WikiLink.slug(slug);
        if (!canonical.isEmpty() && !canonical.equals(slug)) {
            // an address typed by hand ("/wiki/general/Hà Nội"): the one spelling of it
            return Response.status(Response.Status.MOVED_PERMANENTLY).location(URI.create("/wiki/" + space + "/" + canonical)).build();
        }
        ArticleService.Stamp stamp = stamps.get(space, slug, () -> articles.stamp(space, slug));
        if (stamp == null) {
            // missing, a redirect left by a rename (answered by the redirect mapper), or a first
            // medical edit still waiting for review
            try {
                articles.read(space, slug);
                stamp = articles.stamp(space, slug);
            } catch (ProblemException missing) {
                if (missing.status() != 404) {
                    throw missing;
                }
            }
            if (stamp == null) {
                return Response.status(404).entity(Page.of("missing", Map.of("space", spaces.get(space, Languages.of(request)),
                        "slug", slug))).build();
            }
        }
        boolean anonymous = !caller.isAuthenticated();
        String lang = Languages.of(request).getLanguage();
        EntityTag etag = new EntityTag(stamp.tag(lang) + (anonymous ? "" : "-u"), true);
        Date modified = Date.from(stamp.savedAt().toInstant());
        CacheControl cache = new CacheControl();
        if (anonymous) {
            cache.setMaxAge(60);
        } else {
            cache.setPrivate(true);
            cache.setNoCache(true);
        }
        Response.ResponseBuilder notModified = http.evaluatePreconditions(modified, etag);
        if (notModified != null) {
            return notModified.cacheControl(cache).build();
        }
        if (anonymous) {
            // rendered and compressed once per page change, not once per reader
            ReadCache.Encoded page = readCache.get(space + "/" + slug + "/" + stamp.tag(lang), () -> renderer.render(
                    Page.of("article", Map.of("article", articles.read(space, slug),
                            "space", spaces.get(space, Languages.of(request)), "pendingNotice", false, "watching", false))));
            boolean gzip = acceptsGzip(request.getHeader("Accept-Encoding"));
            Response.ResponseBuilder ok = Response.ok(gzip ? page.gzip() : page.identity(),
                            MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .tag(etag).lastModified(modified).cacheControl(cache)
                    .header("Content-Language", lang).header("Vary", "Cookie, Accept-Encoding");
            return (gzip ? ok.header("Content-Encoding", "gzip") : ok).build();
        }
        ArticleView article = articles.read(space, slug);
        boolean watching = watches.visit(space, slug, caller);
        return Response.ok(Page.of("article", Map.of("article", article,
                        "space", spaces.get(space, Languages.of(request)),
                        "pendingNotice", "pending".equals(notice),
                        "watching", watching)))
                .tag(etag).lastModified(modified).cacheControl(cache)
                .header("Vary", "Cookie").build();
    }

    /** Whether the client takes gzip (and did not refuse it with {@code q=0}). */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] pieces = part.strip().split(";");
            if (pieces[0].strip().equalsIgnoreCase("gzip")) {
                return pieces.length < 2 || !pieces[1].replace(" ", "").matches("q=0(\\.0*)?");
            }
        }
        return false;
    }

    @GET
    @Path("{slug: [^/]+}/history")
    public Page history(@PathParam("slug") String slug) {
        return Page.of("history", Map.of("space", spaces.get(space, Languages.of(request)), "slug", slug,
                "revisions", articles.history(space, slug)));
    }

    @GET
    @Path("{slug: [^/]+}/blame")
    public Page blame(@PathParam("slug") String slug) {
        return Page.of("blame", Map.of("space", spaces.get(space, Languages.of(request)), "slug", slug,
                "lines", articles.blame(space, slug)));
    }

    @GET
    @Path("{slug: [^/]+}/diff")
    public Page diff(@PathParam("slug") String slug, @QueryParam("from") long from, @QueryParam("to") long to) {
        return Page.of("diff", Map.of("space", spaces.get(space, Languages.of(request)), "slug", slug,
                "diff", articles.diff(space, slug, from, to, caller)));
    }

    @GET
    @Path("{slug: [^/]+}/edit")
    public Response edit(@PathParam("slug") String slug, @QueryParam("title") String title,
                         @QueryParam("translationOf") String translationOf, @QueryParam("language") String language) {
        if (!caller.isAuthenticated()) {
            return Response.seeOther(URI.create("/signin?to=" + java.net.URLEncoder.encode(request.getRequestURI()
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString()),
                    java.nio.charset.StandardCharsets.UTF_8))).build();
        }
        ArticleViews.EditState state = articles.editState(space, slug, caller);
        Map<String, Object> model = editModel(slug, state.exists() ? state.title() : (title == null ? "" : title),
                state.markdown(), "", state.headRevision());
        if (state.agriculture() != null) {
            model.put("agri", state.agriculture());
        }
        if (TourismPlaces.SPACE.equals(space)) {
            TourismView view = state.tourism();
            if (view != null) {
                model.put("place", new TourismFields(view.kind(), view.latitude(), view.longitude(), view.address(),
                        view.openingHours(), view.translationOf() == null ? null : view.translationOf().slug(), null));
                model.put("source", view.translationOf());
                model.put("outdated", view.outdated());
            } else if (translationOf != null && !translationOf.isBlank()) {
                model.put("place", new TourismFields(null, null, null, null, null, translationOf.strip(), null));
            }
            model.put("language", state.exists() || language == null || language.isBlank() ? state.language() : language);
        }
        return Response.ok(Page.of("edit", model)).build();
    }

    @POST
    @Path("{slug: [^/]+}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("slug") String slug, @BeanParam EditForm form) {
        String markdown = form.markdown == null ? "" : form.markdown;
        String title = form.title == null ? "" : form.title;
        if ("preview".equals(form.action)) {
            Map<String, Object> model = editModel(slug, title, markdown, form.summary, form.baseRevision);
            keepFields(model, form);
            model.put("preview", articles.preview(space, markdown));
            return Response.ok(Page.of("edit", model)).build();
        }
        try {
            ArticleViews.Saved saved = articles.save(space, slug, new SaveRequest(title, markdown, form.summary,
                    form.baseRevision, form.language(space), form.agriculture(space), form.tourism(space)), caller);
            String notice = "pending".equals(saved.article().status()) ? "?notice=pending" : "";
            return Response.seeOther(URI.create("/wiki/" + space + "/" + slug + notice)).build();
        } catch (ProblemException refused) {
            if (!refused.type().toString().endsWith("/edit-conflict")) {
                throw refused;
            }
            // the editor keeps the person's text and shows the hunks; saving again is based on the head
            Map<String, Object> model = editModel(slug, title, markdown, form.summary,
                    (Long) refused.extensions().get("headRevision"));
            model.put("conflicts", refused.extensions().get("conflicts"));
            keepFields(model, form);
            return Response.status(409).entity(Page.of("edit", model)).build();
        }
    }

    /** The editors' protection form on the article page; an empty level lifts the protection. */
    @POST
    @Path("{slug: [^/]+}/protection")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response protect(@PathParam("slug") String slug, @FormParam("level") String level) {
        articles.protect(space, slug, level != null && !level.isBlank(), level, caller);
        return Response.seeOther(URI.create("/wiki/" + space + "/" + slug)).build();
    }

    /** A preview or a conflict shows the form again with what the person typed in the structured fields. */
    private void keepFields(Map<String, Object> model, EditForm form) {
        vn.trithuc.knowledge.agriculture.AgriFields agri = form.agriculture(space);
        if (agri != null) {
            model.put("agri", new vn.trithuc.knowledge.agriculture.AgriView(agri.crop(), agri.pest(),
                    agri.seasonMonths() == null ? List.of() : agri.seasonMonths(), agri.district(), agri.commune(),
                    agri.method(), false, false, null, null));
        }
        TourismFields place = form.tourism(space);
        if (place != null) {
            model.put("place", place);
            model.put("language", form.language(space) == null ? "vi" : form.language(space));
        }
    }

    private Map<String, Object> editModel(String slug, String title, String markdown, String summary, Long baseRevision) {
        Map<String, Object> model = new HashMap<>();
        model.put("space", spaces.get(space, Languages.of(request)));
        model.put("slug", slug);
        model.put("title", title);
        model.put("markdown", markdown);
        model.put("summary", summary == null ? "" : summary);
        model.put("baseRevision", baseRevision == null ? "" : String.valueOf(baseRevision));
        model.put("conflicts", List.of());
        if (TourismPlaces.SPACE.equals(space)) {
            model.put("languages", TourismPlaces.LANGUAGES);
            model.put("kinds", java.util.Arrays.stream(vn.trithuc.knowledge.tourism.PlaceKind.values())
                    .map(vn.trithuc.knowledge.tourism.PlaceKind::code).toList());
            model.put("language", "vi");
        }
        return model;
    }
}
