package vn.trithuc.learning.progress;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import vn.trithuc.web.security.Caller;

/** {@code GET /learn/api/me/recommendations}: next courses, each with the rule that chose it. */
@Path("api/me/recommendations")
@Produces(MediaType.APPLICATION_JSON)
public class RecommendationResource {

    @Inject
    Recommendations recommendations;

    @Inject
    Caller caller;

    @GET
    public List<Recommendations.Recommendation> mine() {
        caller.requireAuthenticated();
        return recommendations.forCaller(caller);
    }
}
