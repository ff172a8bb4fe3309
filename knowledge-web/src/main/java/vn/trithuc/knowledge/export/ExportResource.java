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
 * MediaWiki XML export (importable with MediaWiki's {@code importDump.php} or Special:Import);
 * {@code ?format=markdown}: a zip of Markdown files with front matter and the attachments.
 * Content is CC BY-SA: anyone may take it.
 */
@Path("api/spaces/{space: [a-z]+}/export")
public class ExportResource {

    @Inject
    SpaceExport export;

    @Context
    UriInfo uriInfo;

    @GET
    @Produces({"application/xml", "application/zip"})
    public Response export(@PathParam("space") String space, @QueryParam("format") String format) {
        String chosen = format == null || format.isBlank() ? "mediawiki" : format;
        if (!chosen.equals("mediawiki") && !chosen.equals("markdown")) {
            throw new ProblemException("invalid-format", 400, "Unknown format", "format is mediawiki or markdown.");
        }
        export.space(space);
        String base = uriInfo.getBaseUri().resolve("/wiki/" + space).toString();
        boolean markdown = chosen.equals("markdown");
        StreamingOutput body = markdown ? out -> export.markdownZip(space, base, out) : out -> export.mediaWiki(space, base, out);
        return Response.ok(body, markdown ? "application/zip" : "application/xml; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + URLEncoder.encode("trithuc-" + space
                        + (markdown ? "-markdown.zip" : "-mediawiki.xml"), StandardCharsets.UTF_8))
                .build();
    }
}
