package vn.trithuc.knowledge.imports;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import vn.trithuc.web.files.Uploads;
import vn.trithuc.web.problem.ProblemException;
import vn.trithuc.web.security.Caller;

/**
 * {@code POST /api/spaces/{space}/imports/documents}: a document (multipart field {@code file},
 * optional {@code title}) becomes a new article of the space; 201 with what it became, or a
 * problem naming the file and the reason ({@code document-encrypted}, {@code document-executable}…).
 */
@Path("api/spaces/{space}/imports/documents")
public class DocumentImportResource {

    @Inject
    DocumentImport imports;

    @Inject
    Caller caller;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public Response importDocument(@PathParam("space") String space, @FormParam("file") EntityPart file,
                                   @FormParam("title") EntityPart titlePart) throws IOException {
        if (file == null) {
            throw new ProblemException("file-missing", 400, "No file", "Send the document in the multipart field 'file'.");
        }
        DocumentImport.Imported imported = imports.importFile(space, file.getFileName().orElse(file.getName()),
                Uploads.document(file), Uploads.text(titlePart), caller);
        return Response.created(uriInfo.getBaseUri().resolve("api/spaces/" + space + "/articles/" + imported.slug()))
                .entity(imported).build();
    }
}
