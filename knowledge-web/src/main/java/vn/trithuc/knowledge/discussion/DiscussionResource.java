package vn.trithuc.knowledge.discussion;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import vn.trithuc.web.security.Caller;

/** {@code /api/spaces/{space}/articles/{slug}/discussion}: the thread, and posting to it. */
@Path("api/spaces/{space}/articles/{slug}/discussion")
@Produces(MediaType.APPLICATION_JSON)
public class DiscussionResource {

    /** {@code POST} body. */
    public record NewPost(@NotNull String markdown, Long replyTo) {
    }

    @Inject
    DiscussionService discussion;

    @Inject
    Caller caller;

    @PathParam("space")
    String space;

    @PathParam("slug")
    String slug;

    @GET
    public List<DiscussionService.Post> thread() {
        return discussion.thread(space, slug);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response post(@Valid @NotNull NewPost post) {
        return Response.status(Response.Status.CREATED)
                .entity(discussion.post(space, slug, post.markdown(), post.replyTo(), caller)).build();
    }
}
