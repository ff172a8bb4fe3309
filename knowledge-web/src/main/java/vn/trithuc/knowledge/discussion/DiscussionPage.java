package vn.trithuc.knowledge.discussion;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import vn.trithuc.web.page.Page;
import vn.trithuc.web.security.Caller;

/** {@code /wiki/{space}/{slug}/discussion}: the thread page and its form. */
@Path("wiki/{space: [a-z]+}/{slug: [^/]+}/discussion")
@Produces(MediaType.TEXT_HTML)
public class DiscussionPage {

    @Inject
    DiscussionService discussion;

    @Inject
    Caller caller;

    @PathParam("space")
    String space;

    @PathParam("slug")
    String slug;

    @GET
    public Page page() {
        return Page.of("discussion", Map.of("space", space, "slug", slug, "posts", discussion.thread(space, slug)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response post(@FormParam("markdown") String markdown, @FormParam("replyTo") Long replyTo) {
        DiscussionService.Post created = discussion.post(space, slug, markdown, replyTo, caller);
        return Response.seeOther(URI.create("/wiki/" + space + "/" + slug + "/discussion#post-" + created.id())).build();
    }
}
