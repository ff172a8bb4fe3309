package vn.trithuc.learning.progress;

import java.util.Map;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import vn.trithuc.learning.course.CourseAuthoring;
import vn.trithuc.learning.course.Lesson;
import vn.trithuc.web.security.Caller;

/**
 * {@code /learn/api/lessons/{id}}: reading a lesson (enrolled learners; authors preview),
 * completing it ({@code POST …/completion}), and editing or retiring it (course authors).
 */
@Path("api/lessons/{id: [0-9]+}")
@Produces(MediaType.APPLICATION_JSON)
public class LessonResource {

    @Inject
    Learning learning;

    @Inject
    CourseAuthoring authoring;

    @Inject
    Caller caller;

    @GET
    public LessonPage lesson(@PathParam("id") long id) {
        return learning.lesson(caller, id);
    }

    @POST
    @Path("completion")
    public Completion complete(@PathParam("id") long id) {
        return learning.complete(caller, id);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> update(@PathParam("id") long id, @NotNull CourseAuthoring.LessonRequest request) {
        Lesson lesson = authoring.updateLesson(caller, id, request);
        return Map.of("id", lesson.id(), "moduleId", lesson.moduleId(), "title", lesson.title(), "position", lesson.position());
    }

    @DELETE
    public Response retire(@PathParam("id") long id) {
        authoring.retireLesson(caller, id);
        return Response.noContent().build();
    }
}
