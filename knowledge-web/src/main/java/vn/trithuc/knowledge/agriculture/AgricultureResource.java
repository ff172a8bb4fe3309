package vn.trithuc.knowledge.agriculture;

import java.net.URI;
import java.util.Map;

import jakarta.inject.Inject;
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

/**
 * {@code GET /api/agriculture/notes?crop=&district=} (browse with counts),
 * {@code POST /api/agriculture/notes/{slug}/verification} (agri-experts), and the browse page
 * {@code /agriculture}.
 */
@Path("")
public class AgricultureResource {

    @Inject
    AgricultureNotes notes;

    @Inject
    ArticleService articles;

    @Inject
    Caller caller;

    @GET
    @Path("api/agriculture/notes")
    @Produces(MediaType.APPLICATION_JSON)
    public AgricultureNotes.Browse browse(@QueryParam("crop") String crop, @QueryParam("district") String district) {
        return notes.browse(crop, district);
    }

    /** Marks the revision readers see now as verified; answers with the article. */
    @POST
    @Path("api/agriculture/notes/{slug}/verification")
    @Produces(MediaType.APPLICATION_JSON)
    public Response verify(@PathParam("slug") String slug) {
        notes.verify(slug, caller);
        return Response.ok(articles.read(AgricultureNotes.SPACE, slug)).build();
    }

    /** The expert's button on the note's page. */
    @POST
    @Path("agriculture/{slug}/verification")
    public Response verifyFromPage(@PathParam("slug") String slug) {
        notes.verify(slug, caller);
        return Response.seeOther(URI.create("/wiki/agriculture/" + slug)).build();
    }

    @GET
    @Path("agriculture")
    @Produces(MediaType.TEXT_HTML)
    public Page page(@QueryParam("crop") String crop, @QueryParam("district") String district) {
        return Page.of("agriculture", Map.of("browse", notes.browse(crop, district),
                "crop", crop == null ? "" : crop, "district", district == null ? "" : district));
    }
}
