package vn.trithuc.knowledge.patrol;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import vn.trithuc.knowledge.article.ArticleService;
import vn.trithuc.knowledge.article.ArticleViews;
import vn.trithuc.web.security.Caller;

/**
 * {@code POST /api/revisions/{id}/patrol} and {@code POST /api/users/{username}/rollback} (editors).
 * Mapped from the root like the other cross-cutting API resources: a class path of {@code api}
 * would take precedence over them in JAX-RS matching.
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class PatrolResource {

    /** {@code POST …/rollback} body; {@code space} limits the rollback to one knowledge base. */
    public record RollbackRequest(@Size(max = 32) String space, @Size(max = 500) String summary) {
    }

    @Inject
    ArticleService articles;

    @Inject
    Caller caller;

    @POST
    @Path("api/revisions/{id: [0-9]+}/patrol")
    public Response patrol(@PathParam("id") long id) {
        articles.patrol(id, caller);
        return Response.noContent().build();
    }

    @POST
    @Path("api/users/{username}/rollback")
    @Consumes(MediaType.APPLICATION_JSON)
    public ArticleViews.RollbackReport rollback(@PathParam("username") String username, RollbackRequest request) {
        RollbackRequest body = request == null ? new RollbackRequest(null, null) : request;
        return articles.rollback(username, body.space(), body.summary(), caller);
    }
}
