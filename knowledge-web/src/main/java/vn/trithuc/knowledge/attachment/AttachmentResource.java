package vn.trithuc.knowledge.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import vn.trithuc.web.problem.ProblemException;
import vn.trithuc.web.security.Caller;

/**
 * {@code POST|GET /api/spaces/{space}/articles/{slug}/attachments}: upload (multipart field
 * {@code file}) and list. {@link AttachmentFiles} serves the files.
 */
@Path("api/spaces/{space}/articles/{slug}/attachments")
public class AttachmentResource {

    @Inject
    AttachmentService attachments;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public Response upload(@PathParam("space") String space, @PathParam("slug") String slug,
                           @FormParam("file") EntityPart file) throws IOException {
        if (file == null) {
            throw new ProblemException("file-missing", 400, "No file", "Send the file in the multipart field 'file'.");
        }
        byte[] content;
        try (InputStream in = file.getContent()) {
            content = in.readNBytes(AttachmentService.MAX_BYTES + 1);
        }
        AttachmentService.AttachmentView view = attachments.upload(space, slug, file.getFileName().orElse(file.getName()),
                content, caller);
        return Response.created(URI.create(view.url())).entity(view).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<AttachmentService.AttachmentView> list(@PathParam("space") String space, @PathParam("slug") String slug) {
        return attachments.list(space, slug);
    }
}
