package vn.trithuc.knowledge.watch;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import vn.trithuc.web.page.Page;
import vn.trithuc.web.security.Caller;

/**
 * {@code PUT|DELETE /api/spaces/{space}/articles/{slug}/watch}, {@code GET /api/me/watchlist},
 * the {@code /watchlist} page and the watch button's form.
 */
@Path("")
public class WatchResource {

    @Inject
    WatchService watches;

    @Inject
    Caller caller;

    @PUT
    @Path("api/me/watchlist/{space}/{slug}")
    public Response watch(@PathParam("space") String space, @PathParam("slug") String slug) {
        watches.watch(space, slug, caller);
        return Response.noContent().build();
    }

    @DELETE
    @Path("api/me/watchlist/{space}/{slug}")
    public Response unwatch(@PathParam("space") String space, @PathParam("slug") String slug) {
        watches.unwatch(space, slug, caller);
        return Response.noContent().build();
    }

    @GET
    @Path("api/me/watchlist")
    @Produces(MediaType.APPLICATION_JSON)
    public List<WatchService.Watched> watchlist() {
        return watches.watchlist(caller);
    }

    @GET
    @Path("watchlist")
    @Produces(MediaType.TEXT_HTML)
    public Response page() {
        if (!caller.isAuthenticated()) {
            return Response.seeOther(URI.create("/signin?to=%2Fwatchlist")).build();
        }
        return Response.ok(Page.of("watchlist", Map.of("watched", watches.watchlist(caller)))).build();
    }

    /** The watch / unwatch button on article pages. */
    @POST
    @Path("watchlist")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response toggle(@FormParam("space") String space, @FormParam("slug") String slug, @FormParam("watch") boolean watch) {
        if (watch) {
            watches.watch(space, slug, caller);
        } else {
            watches.unwatch(space, slug, caller);
        }
        return Response.seeOther(URI.create("/wiki/" + space + "/" + slug)).build();
    }
}
