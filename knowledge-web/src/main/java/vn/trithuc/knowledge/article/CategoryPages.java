package vn.trithuc.knowledge.article;

import java.util.Map;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import vn.trithuc.knowledge.space.SpaceService;
import vn.trithuc.web.page.Languages;
import vn.trithuc.web.page.Page;

/** The category pages, outside {@code /wiki/…} so that no article name can shadow them. */
@Path("categories/{space: [a-z]+}")
@Produces(MediaType.TEXT_HTML)
public class CategoryPages {

    @Inject
    Categories categories;

    @Inject
    SpaceService spaces;

    @Context
    HttpServletRequest request;

    @GET
    public Page listPage(@PathParam("space") String space) {
        return Page.of("categories", Map.of("space", spaces.get(space, Languages.of(request)),
                "categories", categories.of(space)));
    }

    @GET
    @Path("{name}")
    public Page page(@PathParam("space") String space, @PathParam("name") String name) {
        return Page.of("category", Map.of("space", spaces.get(space, Languages.of(request)),
                "category", categories.get(space, name)));
    }
}
