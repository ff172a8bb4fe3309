package vn.trithuc.knowledge.block;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import vn.trithuc.web.security.Caller;

/**
 * {@code PUT /api/users/{username}/block} {@code {reason, days}} (days absent: indefinite),
 * {@code DELETE /api/users/{username}/block}; editors only. The list of blocks in force is
 * {@link BlockPages} ({@code GET /api/blocks}, page {@code /blocks}), public as in MediaWiki.
 */
@Path("api/users/{username}/block")
@Produces(MediaType.APPLICATION_JSON)
public class BlockResource {

    /** The block's terms. */
    public record BlockRequest(String reason, Integer days) {
    }

    @Inject
    Blocks blocks;

    @Inject
    Caller caller;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Blocks.BlockView block(@PathParam("username") String username, @NotNull BlockRequest request) {
        return blocks.block(username, request.reason(), request.days(), caller);
    }

    @DELETE
    public Response unblock(@PathParam("username") String username) {
        blocks.unblock(username, caller);
        return Response.noContent().build();
    }
}
