package vn.trithuc.knowledge.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import vn.trithuc.web.problem.ProblemException;
import vn.trithuc.web.security.Caller;

/**
 * MediaWiki imports for administrators: {@code POST /api/admin/imports/mediawiki?space=general}
 * (multipart {@code file}; 202 with the run), {@code POST /api/admin/imports/mediawiki/inbox?space=…&file=…}
 * (a dump already in the server's import folder, for files larger than an upload), {@code GET /api/admin/imports} and
 * {@code GET /api/admin/imports/{id}} (progress: pages, revisions, rate, ETA, problems),
 * {@code POST /api/admin/imports/{id}/pause} and {@code …/resume}.
 */
@Path("api/admin/imports")
@Produces(MediaType.APPLICATION_JSON)
public class MediaWikiImportResource {

    @Inject
    MediaWikiImports imports;

    @Inject
    Caller caller;

    @Context
    UriInfo uriInfo;

    @POST
    @Path("mediawiki")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response start(@QueryParam("space") String space, @FormParam("file") EntityPart file) throws IOException {
        caller.require(vn.trithuc.web.security.Role.ADMIN);
        if (file == null) {
            throw new ProblemException("file-missing", 400, "No file", "Send the dump in the multipart field 'file'.");
        }
        if (space == null || space.isBlank()) {
            throw new ProblemException("space-missing", 400, "No space", "Say which space to import into: ?space=general.");
        }
        MediaWikiImports.RunView run;
        try (InputStream in = file.getContent()) {
            run = imports.start(space, file.getFileName().orElse("dump.xml"), in, caller);
        }
        return Response.accepted(run).location(uriInfo.getBaseUri().resolve("api/admin/imports/" + run.id())).build();
    }

    /** A dump already in the server's import folder: {@code POST …/mediawiki/inbox?space=general&file=viwiki.xml.bz2}. */
    @POST
    @Path("mediawiki/inbox")
    public Response startFromInbox(@QueryParam("space") String space, @QueryParam("file") String file) {
        caller.require(vn.trithuc.web.security.Role.ADMIN);
        if (space == null || space.isBlank()) {
            throw new ProblemException("space-missing", 400, "No space", "Say which space to import into: ?space=general.");
        }
        MediaWikiImports.RunView run = imports.startFromInbox(space, file, caller);
        return Response.accepted(run).location(uriInfo.getBaseUri().resolve("api/admin/imports/" + run.id())).build();
    }

    @GET
    public List<MediaWikiImports.RunView> list() {
        return imports.list(caller);
    }

    @GET
    @Path("{id: [0-9]+}")
    public MediaWikiImports.RunView get(@PathParam("id") long id) {
        return imports.view(id, caller);
    }

    @POST
    @Path("{id: [0-9]+}/pause")
    public MediaWikiImports.RunView pause(@PathParam("id") long id) {
        return imports.pause(id, caller);
    }

    @POST
    @Path("{id: [0-9]+}/resume")
    public MediaWikiImports.RunView resume(@PathParam("id") long id) {
        return imports.resume(id, caller);
    }
}
