package vn.trithuc.learning.course;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
 * A lesson's files: {@code POST /learn/api/lessons/{id}/attachments} (multipart {@code file},
 * course authors), {@code GET} the list, {@code DELETE …/attachments/{name}}; the file itself at
 * {@link LessonFileDownload} for the course's learners.
 */
@Path("api/lessons/{id: [0-9]+}/attachments")
public class LessonFileResource {

    @Inject
    LessonFiles files;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public Response upload(@PathParam("id") long id, @FormParam("file") EntityPart file) throws IOException {
        if (file == null) {
            throw new ProblemException("file-missing", 400, "No file", "Send the file in the multipart field 'file'.");
        }
        byte[] content;
        try (InputStream in = file.getContent()) {
            content = in.readNBytes(LessonFiles.MAX_BYTES + 1);
        }
        LessonFiles.FileView view = files.upload(caller, id, file.getFileName().orElse(file.getName()), content);
        return Response.created(URI.create(view.url())).entity(view).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<LessonFiles.FileView> list(@PathParam("id") long id) {
        return files.list(caller, id);
    }

    @DELETE
    @Path("{name}")
    public Response remove(@PathParam("id") long id, @PathParam("name") String name) {
        files.remove(caller, id, name);
        return Response.noContent().build();
    }
}
