package vn.trithuc.learning.course;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code /learn/api/courses}: the public catalogue. */
@Path("api/courses")
@Produces(MediaType.APPLICATION_JSON)
public class CourseResource {

    @Inject
    CourseService courses;

    @GET
    public List<CourseSummary> catalogue() {
        return courses.catalogue();
    }

    @GET
    @Path("{id: [0-9]+}")
    public CourseSummary course(@PathParam("id") long id) {
        return courses.published(id);
    }
}
