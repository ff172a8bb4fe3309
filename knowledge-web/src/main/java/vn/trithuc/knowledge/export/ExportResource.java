package vn.trithuc.knowledge.export;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import vn.trithuc.web.problem.ProblemException;

/**
 * {@code GET /api/spaces/{space}/export?format=mediawiki}: the space with its public history as a
 * MediaWiki XML export (importable with MediaWiki's {@code importDump.php} or Special:Import).
 * Content is CC BY-SA: anyone may take it.
 */
@Path("api/spaces/{space: [a-z]+}/export")
public class ExportResource {

    @Inject
    SpaceExport export;

    @Context
    UriInfo uriInfo;

    @GET
    @Produces("application/xml")
    public Response export(@PathParam("space") String space, @QueryParam("format") String format) {
        if (format != null && !format.isBlank() && !"mediawiki".equals(format)) {
            throw new ProblemException("invalid-format", 400, "Unknown format", "format is mediawiki.");
        }
        export.space(space);
        String base = uriInfo.getBaseUri().resolve("/wiki/" + space).toString();
        StreamingOutput body = out -> export.mediaWiki(space, base, out);
        return Response.ok(body, "application/xml; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + URLEncoder.encode("trithuc-" + space + "-mediawiki.xml",
                        StandardCharsets.UTF_8))
                .build();
    }
}
