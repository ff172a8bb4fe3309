package vn.trithuc.knowledge.recent;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import vn.trithuc.knowledge.space.SpaceService;
import vn.trithuc.web.page.Languages;
import vn.trithuc.web.page.Page;

/** {@code /api/recent-changes}, the {@code /recent-changes} page and the Atom feed. */
@Path("")
public class RecentChangesResource {

    @Inject
    RecentChangesService recent;

    @Inject
    SpaceService spaces;

    @Context
    UriInfo uriInfo;

    @Context
    HttpServletRequest request;

    @GET
    @Path("api/recent-changes")
    @Produces(MediaType.APPLICATION_JSON)
    public List<RecentChange> changes(@QueryParam("space") String space, @QueryParam("limit") @DefaultValue("50") int limit) {
        return recent.recent(space, limit);
    }

    @GET
    @Path("recent-changes")
    @Produces(MediaType.TEXT_HTML)
    public Page page(@QueryParam("space") String space, @QueryParam("limit") @DefaultValue("100") int limit) {
        return Page.of("recent", Map.of("changes", recent.recent(space, limit), "space", space == null ? "" : space,
                "spaces", spaces.all(Languages.of(request))));
    }

    @GET
    @Path("feeds/recent-changes.atom")
    @Produces("application/atom+xml; charset=UTF-8")
    public String atom(@QueryParam("space") String space, @QueryParam("limit") @DefaultValue("50") int limit) {
        String site = uriInfo.getBaseUri().toString();
        String self = uriInfo.getRequestUri().toString();
        String title = "Tri Thức — thay đổi gần đây" + (space == null || space.isBlank() ? "" : " (" + space + ")");
        return AtomFeed.write(title, self, site, recent.recent(space, limit));
    }
}
