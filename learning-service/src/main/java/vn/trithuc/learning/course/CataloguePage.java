package vn.trithuc.learning.course;

import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import vn.trithuc.web.page.Page;

/** {@code /learn/courses}: the catalogue page; {@code /learn/} leads there. */
@Path("")
@Produces(MediaType.TEXT_HTML)
public class CataloguePage {

    @Inject
    CourseService courses;

    @GET
    public Response root() {
        return Response.seeOther(java.net.URI.create("courses")).build();
    }

    @GET
    @Path("courses")
    public Page catalogue() {
        return Page.of("catalogue", Map.of("courses", courses.catalogue()));
    }
}
