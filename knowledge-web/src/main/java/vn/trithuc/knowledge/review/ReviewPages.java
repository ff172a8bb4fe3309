package vn.trithuc.knowledge.review;

import java.net.URI;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import vn.trithuc.knowledge.article.ArticleService;
import vn.trithuc.web.page.Page;
import vn.trithuc.web.security.Caller;

/** {@code /reviews}: the review queue page, with the diff of each pending edit and approve / reject forms. */
@Path("reviews")
@Produces(MediaType.TEXT_HTML)
public class ReviewPages {

    @Inject
    ArticleService articles;

    @Inject
    Caller caller;

    @GET
    public Response queue(@QueryParam("space") String space, @QueryParam("done") String done) {
        if (!caller.isAuthenticated()) {
            return Response.seeOther(URI.create("/signin?to=%2Freviews")).build();
        }
        return Response.ok(Page.of("reviews", Map.of("pending", articles.pending(space, caller),
                "done", done == null ? "" : done))).build();
    }

    @POST
    @Path("{revision: [0-9]+}/{decision: approve|reject}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("revision") long revision, @PathParam("decision") String decision,
                           @FormParam("comment") String comment) {
        String note = comment == null || comment.isBlank() ? null : comment.strip();
        if ("approve".equals(decision)) {
            articles.approve(revision, note, caller);
        } else {
            articles.reject(revision, note, caller);
        }
        return Response.seeOther(URI.create("/reviews?done=" + decision)).build();
    }
}
