package vn.trithuc.learning.progress;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import vn.trithuc.web.security.Caller;

/** {@code GET /learn/api/me/enrollments}: "my learning" — enrolled and assigned courses with progress. */
@Path("api/me/enrollments")
@Produces(MediaType.APPLICATION_JSON)
public class EnrollmentResource {

    @Inject
    Learning learning;

    @Inject
    Caller caller;

    @GET
    public List<Progress> mine() {
        return learning.mine(caller);
    }
}
