package vn.trithuc.knowledge.home;

import java.util.Map;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import vn.trithuc.knowledge.space.SpaceService;
import vn.trithuc.web.page.Languages;
import vn.trithuc.web.page.Page;

/** {@code /}: the knowledge bases and the course catalogue. */
@Path("")
public class HomePage {

    @Inject
    SpaceService spaces;

    @Inject
    CourseCatalogue catalogue;

    @Context
    HttpServletRequest request;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Page home() {
        return Page.of("home", Map.of(
                "spaces", spaces.all(Languages.of(request)),
                "catalogue", catalogue.current()));
    }
}
