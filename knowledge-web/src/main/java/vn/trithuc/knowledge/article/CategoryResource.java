package vn.trithuc.knowledge.article;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Categories: {@code GET /api/spaces/{space}/categories} (names with counts),
 * {@code GET /api/spaces/{space}/categories/{name}} (the articles), and the pages
 * {@code /categories/{space}} and {@code /categories/{space}/{name}} ({@link CategoryPages}).
 * The API class declares its full path: JAX-RS picks the class with the longest literal path
 * first, so a sub-path of {@code api/spaces} must not live on a class mapped at the root.
 */
@Path("api/spaces/{space: [a-z]+}/categories")
@Produces(MediaType.APPLICATION_JSON)
public class CategoryResource {

    @Inject
    Categories categories;

    @GET
    public List<Categories.CategoryCount> list(@PathParam("space") String space) {
        return categories.of(space);
    }

    @GET
    @Path("{name}")
    public Categories.Category get(@PathParam("space") String space, @PathParam("name") String name) {
        return categories.get(space, name);
    }
}
