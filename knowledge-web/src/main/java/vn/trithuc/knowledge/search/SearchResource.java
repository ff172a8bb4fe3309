package vn.trithuc.knowledge.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import vn.trithuc.knowledge.space.SpaceService;
import vn.trithuc.web.page.Languages;
import vn.trithuc.web.page.Page;
import vn.trithuc.web.problem.ProblemException;

/**
 * {@code GET /api/search?q=&space=&lang=&category=&crop=&district=&status=&kind=&near=lat,lon&radius=&page=&size=},
 * {@code GET /api/suggest?q=}, and the search page {@code /search} (works without JavaScript;
 * suggestions as you type with it).
 */
@Path("")
public class SearchResource {

    /** The query string, shared by the API and the page. */
    public static class Params {
        @QueryParam("q")
        String q;
        @QueryParam("space")
        String space;
        @QueryParam("lang")
        String language;
        @QueryParam("category")
        String category;
        @QueryParam("crop")
        String crop;
        @QueryParam("district")
        String district;
        @QueryParam("status")
        String status;
        @QueryParam("kind")
        String kind;
        @QueryParam("near")
        String near;
        @QueryParam("radius")
        Double radius;
        @QueryParam("page")
        @DefaultValue("1")
        int page;
        @QueryParam("size")
        @DefaultValue("10")
        int size;

        SearchService.Filters filters() {
            return new SearchService.Filters(space, language, category, crop, district, status, kind);
        }

        SearchService.Near near() {
            if (near == null || near.isBlank()) {
                return null;
            }
            String[] parts = near.split(",");
            try {
                double lat = Double.parseDouble(parts[0].strip());
                double lon = Double.parseDouble(parts[1].strip());
                if (parts.length != 2 || Math.abs(lat) > 90 || Math.abs(lon) > 180 || (radius != null && radius <= 0)) {
                    throw new NumberFormatException();
                }
                return new SearchService.Near(lat, lon, radius);
            } catch (RuntimeException e) {
                throw new ProblemException("invalid-near", 400, "Invalid position",
                        "near is latitude,longitude in degrees (such as 21.0285,105.8542), radius a positive number of km.");
            }
        }
    }

    @Inject
    SearchService search;

    @Inject
    SpaceService spaces;

    @Context
    HttpServletRequest request;

    @GET
    @Path("api/search")
    @Produces(MediaType.APPLICATION_JSON)
    public SearchService.Results api(@BeanParam Params params) {
        return search.search(params.q, params.filters(), params.near(), params.page, params.size);
    }

    @GET
    @Path("api/suggest")
    @Produces(MediaType.APPLICATION_JSON)
    public List<SearchService.Hit> suggest(@QueryParam("q") String q, @QueryParam("limit") @DefaultValue("8") int limit) {
        return search.suggest(q, limit);
    }

    @GET
    @Path("search")
    @Produces(MediaType.TEXT_HTML)
    public Page page(@BeanParam Params params) {
        Map<String, Object> model = new HashMap<>();
        model.put("q", params.q == null ? "" : params.q);
        model.put("filters", params.filters().asMap());
        model.put("spaces", spaces.all(Languages.of(request)));
        if ((params.q != null && !params.q.isBlank()) || params.near() != null) {
            model.put("results", search.search(params.q, params.filters(), params.near(), params.page,
                    params.size == 0 ? 10 : params.size));
        }
        model.put("near", params.near == null ? "" : params.near);
        return Page.of("search", model);
    }
}
