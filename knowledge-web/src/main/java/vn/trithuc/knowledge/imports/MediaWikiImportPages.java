package vn.trithuc.knowledge.imports;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import vn.trithuc.web.files.Uploads;
import vn.trithuc.knowledge.space.SpaceService;
import vn.trithuc.web.page.Languages;
import vn.trithuc.web.page.Page;
import vn.trithuc.web.problem.ProblemException;
import vn.trithuc.web.security.Caller;
import vn.trithuc.web.security.Role;

/**
 * {@code /admin/imports}: upload a MediaWiki dump into a chosen space, and follow each import —
 * progress bar, pages and revisions done, rate, ETA, pause and resume, and the pages left out with
 * the reason. The page refreshes itself while an import runs (no JavaScript needed).
 */
@Path("admin/imports")
@Produces(MediaType.TEXT_HTML)
public class MediaWikiImportPages {

    @Inject
    MediaWikiImports imports;

    @Inject
    SpaceService spaces;

    @Inject
    Caller caller;

    @Context
    HttpServletRequest request;

    @GET
    public Page list() {
        caller.require(Role.ADMIN);
        return Page.of("imports", Map.of("runs", imports.list(caller),
                "spaces", spaces.all(Languages.of(request))));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response start(@FormParam("space") EntityPart space, @FormParam("file") EntityPart file) throws IOException {
        caller.require(Role.ADMIN);
        if (file == null || file.getFileName().orElse("").isBlank()) {
            throw new ProblemException("file-missing", 400, "No file", "Choose a MediaWiki export (.xml) to import.");
        }
        String spaceKey = Uploads.text(space);
        MediaWikiImports.RunView run;
        try (InputStream in = file.getContent()) {
            run = imports.start(spaceKey == null ? "" : spaceKey.strip(), file.getFileName().get(), in, caller);
        }
        return Response.seeOther(URI.create("/admin/imports/" + run.id())).build();
    }

    @GET
    @Path("{id: [0-9]+}")
    public Page run(@PathParam("id") long id) {
        return Page.of("import-run", Map.of("run", imports.view(id, caller)));
    }

    @POST
    @Path("{id: [0-9]+}/pause")
    public Response pause(@PathParam("id") long id) {
        imports.pause(id, caller);
        return Response.seeOther(URI.create("/admin/imports/" + id)).build();
    }

    @POST
    @Path("{id: [0-9]+}/resume")
    public Response resume(@PathParam("id") long id) {
        imports.resume(id, caller);
        return Response.seeOther(URI.create("/admin/imports/" + id)).build();
    }
}
