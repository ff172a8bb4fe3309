package vn.trithuc.knowledge.export;

import java.nio.file.Files;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import vn.trithuc.web.page.Page;
import vn.trithuc.web.problem.ProblemException;

/**
 * {@code /open-data}: the public page of the open-data dumps (one per space, JSON lines, gzip,
 * CC BY-SA) and the downloads themselves ({@code /open-data/{space}.jsonl.gz}).
 */
@Path("open-data")
public class OpenDataPages {

    @Inject
    OpenData openData;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Page page() {
        return Page.of("open-data", Map.of("dumps", openData.list(), "everyHours", OpenData.EVERY_HOURS));
    }

    @GET
    @Path("{space: [a-z]+}.jsonl.gz")
    @Produces("application/gzip")
    public Response download(@PathParam("space") String space) {
        java.nio.file.Path file = openData.file(space);
        if (!Files.isRegularFile(file)) {
            throw new ProblemException("not-generated", 404, "Not generated yet",
                    "The dump of " + space + " has not been generated yet; it is made daily and shortly after the start.");
        }
        return Response.ok((jakarta.ws.rs.core.StreamingOutput) out -> Files.copy(file, out), "application/gzip")
                .header("Content-Disposition", "attachment; filename=\"trithuc-" + space + ".jsonl.gz\"")
                .header("Cache-Control", "public, max-age=3600").build();
    }
}
