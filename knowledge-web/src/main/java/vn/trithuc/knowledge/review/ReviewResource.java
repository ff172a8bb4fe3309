package vn.trithuc.knowledge.review;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import vn.trithuc.knowledge.article.ArticleService;
import vn.trithuc.knowledge.article.ArticleViews.ArticleView;
import vn.trithuc.knowledge.article.ArticleViews.PendingReview;
import vn.trithuc.web.security.Caller;

/** {@code /api/reviews}: pending revisions, approve, reject (medical reviewers). */
@Path("api/reviews")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewResource {

    /** A reviewer's decision comment. */
    public record Decision(@Size(max = 1000) String comment) {
    }

    @Inject
    ArticleService articles;

    @Inject
    Caller caller;

    @GET
    public List<PendingReview> pending(@QueryParam("space") String space) {
        return articles.pending(space, caller);
    }

    @POST
    @Path("{revision: [0-9]+}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    public ArticleView approve(@PathParam("revision") long revision, Decision decision) {
        return articles.approve(revision, decision == null ? null : decision.comment(), caller);
    }

    @POST
    @Path("{revision: [0-9]+}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    public ArticleView reject(@PathParam("revision") long revision, Decision decision) {
        return articles.reject(revision, decision == null ? null : decision.comment(), caller);
    }
}
