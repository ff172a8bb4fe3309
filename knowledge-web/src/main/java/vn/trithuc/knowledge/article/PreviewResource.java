package vn.trithuc.knowledge.article;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import vn.trithuc.web.security.Caller;
import vn.trithuc.web.security.Role;

/**
 * {@code POST /api/spaces/{space}/preview} {@code {markdown}} → {@code {html}}: the text rendered
 * exactly as a save would render it (wiki links with red links, sanitised), for the editor's live
 * preview. Contributors only, so anonymous clients cannot use the renderer as a free service.
 */
@Path("api/spaces/{space: [a-z]+}/preview")
public class PreviewResource {

    /** The text to render. */
    public record PreviewRequest(@NotNull String markdown) {
    }

    /** The rendered HTML. */
    public record Preview(String html) {
    }

    @Inject
    ArticleService articles;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Preview preview(@PathParam("space") String space, @Valid @NotNull PreviewRequest request) {
        caller.require(Role.CONTRIBUTOR);
        return new Preview(articles.preview(space, request.markdown()));
    }
}
