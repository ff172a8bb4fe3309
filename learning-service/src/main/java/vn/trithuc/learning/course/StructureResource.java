package vn.trithuc.learning.course;

import java.util.Map;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import vn.trithuc.web.security.Caller;

/** {@code /learn/api/modules/{id}}: renaming and retiring a module, adding lessons to it (course authors). */
@Path("api/modules/{id: [0-9]+}")
@Produces(MediaType.APPLICATION_JSON)
public class StructureResource {

    @Inject
    CourseAuthoring authoring;

    @Inject
    Caller caller;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> rename(@PathParam("id") long id, @NotNull CourseResource.ModuleRequest request) {
        CourseModule module = authoring.renameModule(caller, id, request.title());
        return Map.of("id", module.id(), "title", module.title(), "position", module.position());
    }

    @DELETE
    public Response retire(@PathParam("id") long id) {
        authoring.retireModule(caller, id);
        return Response.noContent().build();
    }

    @POST
    @Path("lessons")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addLesson(@PathParam("id") long id, @NotNull CourseAuthoring.LessonRequest request) {
        Lesson lesson = authoring.addLesson(caller, id, request);
        return Response.status(201).entity(Map.of("id", lesson.id(), "moduleId", lesson.moduleId(), "title", lesson.title(),
                "position", lesson.position())).build();
    }
}
