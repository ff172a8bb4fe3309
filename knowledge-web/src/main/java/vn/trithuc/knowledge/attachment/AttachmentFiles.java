package vn.trithuc.knowledge.attachment;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

import vn.trithuc.web.files.Downloads;

/**
 * {@code GET /attachments/{id}/{name}}: a file with the type detected at upload, shown inline only
 * for images and PDF, under a sandboxing Content-Security-Policy.
 */
@Path("attachments")
public class AttachmentFiles {

    @Inject
    AttachmentService attachments;

    @GET
    @Path("{id: [0-9]+}/{name}")
    public Response file(@PathParam("id") long id, @PathParam("name") String name) {
        AttachmentService.FileContent file = attachments.file(id);
        CacheControl cache = new CacheControl();
        cache.setMaxAge(86_400);
        return Downloads.of(file.bytes(), file.mediaType(), file.filename())
                .tag(new EntityTag(file.sha256()))
                .cacheControl(cache)
                .build();
    }
}
