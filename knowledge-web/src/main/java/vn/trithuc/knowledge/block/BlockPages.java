package vn.trithuc.knowledge.block;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import vn.trithuc.web.page.Page;
import vn.trithuc.web.security.Caller;

/**
 * The blocks in force: {@code GET /api/blocks} and the page {@code /blocks}, where editors block
 * and unblock with plain forms.
 */
@Path("")
public class BlockPages {

    @Inject
    Blocks blocks;

    @Inject
    Caller caller;

    @GET
    @Path("api/blocks")
    @Produces(MediaType.APPLICATION_JSON)
    public List<Blocks.BlockView> list() {
        return blocks.active();
    }

    @GET
    @Path("blocks")
    @Produces(MediaType.TEXT_HTML)
    public Page page() {
        return Page.of("blocks", Map.of("blocks", blocks.active()));
    }

    @POST
    @Path("blocks")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response blockFromPage(@FormParam("username") String username, @FormParam("reason") String reason,
                                  @FormParam("days") String days) {
        blocks.block(username, reason, days == null || days.isBlank() ? null : parseDays(days), caller);
        return Response.seeOther(URI.create("/blocks")).build();
    }

    @POST
    @Path("blocks/unblock")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response unblockFromPage(@FormParam("username") String username) {
        blocks.unblock(username, caller);
        return Response.seeOther(URI.create("/blocks")).build();
    }

    private static Integer parseDays(String days) {
        try {
            return Integer.valueOf(days.strip());
        } catch (NumberFormatException e) {
            return -1;   // refused by Blocks with a clear message
        }
    }
}
