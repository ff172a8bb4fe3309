package vn.trithuc.knowledge.platform;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import vn.trithuc.web.security.Caller;

/** {@code /api/admin/system}: administrators only. */
@Path("api/admin/system")
@Produces(MediaType.APPLICATION_JSON)
public class SystemResource {

    @Inject
    SystemService system;

    @Inject
    Caller caller;

    @GET
    public SystemStatus status() {
        return system.status(caller);
    }
}
