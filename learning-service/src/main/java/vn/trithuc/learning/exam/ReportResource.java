package vn.trithuc.learning.exam;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import vn.trithuc.web.security.Caller;

/** {@code GET /learn/api/reports/exams/{id}/pass-rates?groupBy=unit|district|city} (exam administrators). */
@Path("api/reports/exams/{id: [0-9]+}")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    @Inject
    Reports reports;

    @Inject
    Caller caller;

    @GET
    @Path("pass-rates")
    public Reports.PassRates passRates(@PathParam("id") long id, @QueryParam("groupBy") String groupBy) {
        return reports.passRates(caller, id, groupBy);
    }
}
