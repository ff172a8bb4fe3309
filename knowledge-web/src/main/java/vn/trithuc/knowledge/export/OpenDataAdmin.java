package vn.trithuc.knowledge.export;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import vn.trithuc.web.security.Caller;
import vn.trithuc.web.security.Role;

/** {@code POST /api/admin/open-data/{space}}: regenerates a space's open-data dump now (administrators). */
@Path("api/admin/open-data")
@Produces(MediaType.APPLICATION_JSON)
public class OpenDataAdmin {

    @Inject
    OpenData openData;

    @Inject
    Caller caller;

    @POST
    @Path("{space: [a-z]+}")
    public OpenData.Dump regenerate(@PathParam("space") String space) {
        caller.requireAuthenticated();
        caller.require(Role.ADMIN);
        return openData.generate(space);
    }
}
