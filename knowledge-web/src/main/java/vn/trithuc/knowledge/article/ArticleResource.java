package vn.trithuc.knowledge.article;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import vn.trithuc.knowledge.article.ArticleViews.ArticleView;
import vn.trithuc.knowledge.article.ArticleViews.Backlink;
import vn.trithuc.knowledge.article.ArticleViews.DiffView;
import vn.trithuc.knowledge.article.ArticleViews.RevisionSummary;
import vn.trithuc.knowledge.article.ArticleViews.Saved;
import vn.trithuc.web.security.Caller;

/** {@code /api/spaces/{space}/articles/{slug}}: read, save, history, diff, revert, blame, backlinks. */
@Path("api/spaces/{space}/articles/{slug}")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {

    /** {@code POST …/revert} body. */
    public record RevertRequest(@NotNull Long revision, String summary) {
    }

    @Inject
    ArticleService articles;

    @Inject
    Caller caller;

    @Context
    UriInfo uriInfo;

    @PathParam("space")
    String space;

    @PathParam("slug")
    String slug;

    @GET
    public ArticleView read() {
        return articles.read(space, slug);
    }

    /** 201 new article, 200 new revision, 202 held for review, 409 conflict. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response save(@Valid @NotNull SaveRequest request) {
        return respond(articles.save(space, slug, request, caller));
    }

    @GET
    @Path("revisions")
    public List<RevisionSummary> history() {
        return articles.history(space, slug);
    }

    @GET
    @Path("revisions/{id: [0-9]+}")
    public ArticleView revision(@PathParam("id") long id) {
        return articles.revision(space, slug, id, caller);
    }

    @GET
    @Path("diff")
    public DiffView diff(@QueryParam("from") @NotNull Long from, @QueryParam("to") @NotNull Long to) {
        return articles.diff(space, slug, from, to, caller);
    }

    @POST
    @Path("revert")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response revert(@Valid @NotNull RevertRequest request) {
        return respond(articles.revert(space, slug, request.revision(), request.summary(), caller));
    }

    /** {@code POST …/rename} body. */
    public record RenameRequest(@jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 255) String title,
                                @jakarta.validation.constraints.Size(max = 500) String summary) {
    }

    /** Renames the article (editors); the old name redirects. */
    @POST
    @Path("rename")
    @Consumes(MediaType.APPLICATION_JSON)
    public ArticleView rename(@Valid @NotNull RenameRequest request) {
        return articles.rename(space, slug, request.title(), request.summary(), caller);
    }

    /** {@code POST …/protection} body; {@code level} is {@code editors} (the default) or {@code reviewers}. */
    public record ProtectionRequest(boolean protect, String level) {
    }

    /** Protects the article (only editors may edit) or lifts the protection (editors). */
    @POST
    @Path("protection")
    @Consumes(MediaType.APPLICATION_JSON)
    public ArticleView protect(@NotNull ProtectionRequest request) {
        return articles.protect(space, slug, request.protect(), request.level(), caller);
    }

    /** {@code POST …/revisions/{id}/visibility} body. */
    public record VisibilityRequest(boolean hidden) {
    }

    /** Hides an old revision's text from everyone but editors, or shows it again (editors). */
    @POST
    @Path("revisions/{id: [0-9]+}/visibility")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response visibility(@PathParam("id") long id, @NotNull VisibilityRequest request) {
        articles.hideRevision(space, slug, id, request.hidden(), caller);
        return Response.noContent().build();
    }

    @GET
    @Path("blame")
    public List<ArticleViews.BlameLine> blame() {
        return articles.blame(space, slug);
    }

    @GET
    @Path("backlinks")
    public List<Backlink> backlinks() {
        return articles.backlinks(space, slug);
    }

    private Response respond(Saved saved) {
        ArticleView article = saved.article();
        Response.ResponseBuilder response;
        if ("pending".equals(article.status())) {
            response = Response.accepted();
        } else if (saved.created()) {
            response = Response.created(URI.create(uriInfo.getBaseUri() + "api/spaces/" + article.space() + "/articles/"
                    + article.slug()));
        } else {
            response = Response.ok();
        }
        return response.entity(saved).build();
    }
}
