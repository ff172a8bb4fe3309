package vn.trithuc.knowledge.export;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import vn.trithuc.web.files.Downloads;

/** {@code GET /api/spaces/{space}/articles/{slug}/pdf}: the article as readers see it, as a PDF to print or keep. */
@Path("api/spaces/{space: [a-z]+}/articles/{slug}/pdf")
public class ArticlePdfResource {

    @Inject
    SpaceExport export;

    @Context
    UriInfo uriInfo;

    @GET
    @Produces("application/pdf")
    public Response pdf(@PathParam("space") String space, @PathParam("slug") String slug) {
        String url = uriInfo.getBaseUri().resolve("/wiki/" + space + "/" + slug).toString();
        return Downloads.of(export.pdf(space, slug, url), "application/pdf", slug + ".pdf").build();
    }
}
