package vn.trithuc.learning.course;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;

import vn.trithuc.web.files.Downloads;
import vn.trithuc.web.security.Caller;

/**
 * {@code GET /learn/lessons/{id}/files/{name}}: a lesson's file for the course's learners and
 * authors, with the type detected at upload, inline only for images and PDF, under a sandboxing
 * Content-Security-Policy. (Its own class: JAX-RS picks the class with the longest literal path.)
 */
@Path("lessons/{id: [0-9]+}/files")
public class LessonFileDownload {

    @Inject
    LessonFiles files;

    @Inject
    Caller caller;

    @GET
    @Path("{name}")
    public Response file(@PathParam("id") long id, @PathParam("name") String name) {
        LessonAttachment file = files.file(caller, id, name);
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setMaxAge(3600);
        return Downloads.of(file.content(), file.mediaType(), file.filename())
                .cacheControl(cache)
                .build();
    }
}
