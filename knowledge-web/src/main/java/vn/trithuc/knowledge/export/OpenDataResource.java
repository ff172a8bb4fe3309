package vn.trithuc.knowledge.export;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;


/** {@code /api/open-data}: the dumps ({@code GET}); regenerating one now ({@code POST /api/admin/open-data/{space}}, administrators) is in {@link OpenDataAdmin}. */
@Path("api/open-data")
@Produces(MediaType.APPLICATION_JSON)
public class OpenDataResource {

    @Inject
    OpenData openData;

    @GET
    public List<OpenData.Dump> dumps() {
        return openData.list();
    }
}
