package vn.trithuc.learning.bank;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import vn.trithuc.web.security.Caller;

/** {@code /learn/api/questions/{id}}: change a bank question (a new version), retire it, list its versions. */
@Path("api/questions/{id: [0-9]+}")
@Produces(MediaType.APPLICATION_JSON)
public class QuestionResource {

    /** A version as listed. */
    public record VersionView(int number, String type, String createdBy, java.time.OffsetDateTime createdAt) {
    }

    @Inject
    Banks banks;

    @Inject
    Caller caller;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Banks.QuestionView update(@PathParam("id") long id, @NotNull Banks.QuestionRequest request) {
        return banks.update(caller, id, request);
    }

    @DELETE
    public Response retire(@PathParam("id") long id) {
        banks.retire(caller, id);
        return Response.noContent().build();
    }

    @GET
    @Path("versions")
    public List<VersionView> versions(@PathParam("id") long id) {
        return banks.versions(caller, id).stream().map(v -> new VersionView(v.number(), v.type(), v.createdBy(), v.createdAt())).toList();
    }
}
