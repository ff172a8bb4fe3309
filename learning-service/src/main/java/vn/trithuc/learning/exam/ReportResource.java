package vn.trithuc.learning.exam;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import vn.trithuc.web.files.Downloads;
import vn.trithuc.web.problem.ProblemException;
import vn.trithuc.web.security.Caller;

/**
 * Exam reports for exam administrators, as JSON or, with {@code ?format=csv|xlsx}, as a file:
 * <ul>
 * <li>{@code GET /learn/api/reports/exams}: every exam with its pass rate;</li>
 * <li>{@code GET …/{id}/pass-rates?groupBy=unit|district|city}: by organisation-tree group;</li>
 * <li>{@code GET …/{id}/over-time?period=day|week|month}: by period of submission;</li>
 * <li>{@code GET …/{id}/items}: item analysis (facility, discrimination, distractors, flags).</li>
 * </ul>
 */
@Path("api/reports/exams")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    Reports reports;

    @Inject
    Caller caller;

    @GET
    public List<Reports.ExamSummary> summary() {
        return reports.summary(caller);
    }

    @GET
    @Path("{id: [0-9]+}/pass-rates")
    public Response passRates(@PathParam("id") long id, @QueryParam("groupBy") String groupBy, @QueryParam("format") String format) {
        Reports.PassRates rates = reports.passRates(caller, id, groupBy);
        return respond(rates, format, () -> reports.table(rates), "ty-le-dat-" + id + "-" + rates.groupBy());
    }

    @GET
    @Path("{id: [0-9]+}/over-time")
    public Response overTime(@PathParam("id") long id, @QueryParam("period") String period, @QueryParam("format") String format) {
        Reports.OverTime over = reports.overTime(caller, id, period);
        return respond(over, format, () -> reports.table(over), "theo-thoi-gian-" + id + "-" + over.period());
    }

    @GET
    @Path("{id: [0-9]+}/items")
    public Response items(@PathParam("id") long id, @QueryParam("format") String format) {
        Reports.Items items = reports.items(caller, id);
        return respond(items, format, () -> reports.table(items), "phan-tich-cau-hoi-" + id);
    }

    private static Response respond(Object json, String format, java.util.function.Supplier<ReportTable> table, String name) {
        if (format == null || format.isBlank() || format.equals("json")) {
            return Response.ok(json, MediaType.APPLICATION_JSON_TYPE).build();
        }
        return switch (format) {
            case "csv" -> Downloads.of(table.get().csv(), "text/csv; charset=UTF-8", name + ".csv").build();
            case "xlsx" -> Downloads.of(table.get().xlsx(), XLSX, name + ".xlsx").build();
            default -> throw new ProblemException("invalid-format", 400, "Unknown format", "format is json, csv or xlsx.");
        };
    }
}
