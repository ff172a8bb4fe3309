package vn.trithuc.knowledge.space;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import vn.trithuc.web.page.Languages;

/** {@code /api/spaces}: the knowledge bases and their policies. */
@Path("api/spaces")
@Produces(MediaType.APPLICATION_JSON)
public class SpaceResource {

    @Inject
    SpaceService spaces;

    @Context
    HttpServletRequest request;

    @GET
    public List<SpaceView> list() {
        return spaces.all(Languages.of(request));
    }

    @GET
    @Path("{space}")
    public SpaceView get(@PathParam("space") String key) {
        return spaces.get(key, Languages.of(request));
    }
}
