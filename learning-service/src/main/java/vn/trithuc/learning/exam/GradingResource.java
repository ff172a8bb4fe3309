package vn.trithuc.learning.exam;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import vn.trithuc.web.security.Caller;

/**
 * {@code /learn/api/grading}: the essays waiting for a grader ({@code ?examId=}), and grading one
 * ({@code POST {answerId}} {@code {points, comment}}).
 */
@Path("api/grading")
@Produces(MediaType.APPLICATION_JSON)
public class GradingResource {

    /** A grade for an essay. */
    public record GradeRequest(Double points, String comment) {
    }

    @Inject
    Attempts attempts;

    @Inject
    Caller caller;

    @GET
    public List<Attempts.Pending> pending(@QueryParam("examId") Long examId) {
        return attempts.pending(caller, examId);
    }

    @POST
    @Path("{answerId: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Attempts.Result grade(@PathParam("answerId") long answerId, @NotNull GradeRequest request) {
        return attempts.gradeEssay(caller, answerId, request.points(), request.comment());
    }
}
