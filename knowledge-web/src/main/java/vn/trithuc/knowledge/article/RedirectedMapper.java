package vn.trithuc.knowledge.article;

import java.net.URI;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * An old article name answers 301 with the same address under the new name, for pages
 * ({@code /wiki/…}) and the API ({@code /api/spaces/…/articles/…}) alike, keeping the rest of
 * the path and the query.
 */
@Provider
public class RedirectedMapper implements ExceptionMapper<Redirected> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Redirected redirect) {
        String path = uriInfo.getRequestUri().getRawPath();
        String[] parts = path.split("/");
        // /wiki/{space}/{slug}/… or /api/spaces/{space}/articles/{slug}/…
        int slugIndex = path.startsWith("/api/") ? 5 : 3;
        if (parts.length > slugIndex) {
            parts[slugIndex] = redirect.slug();
        }
        String query = uriInfo.getRequestUri().getRawQuery();
        return Response.status(Response.Status.MOVED_PERMANENTLY)
                .location(URI.create(String.join("/", parts) + (query == null ? "" : "?" + query)))
                .build();
    }
}
