package vn.trithuc.learning.exam;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import vn.trithuc.web.security.Caller;

/**
 * {@code /learn/api/exams}: the exams the caller may take ({@code [{id, title, opensAt, closesAt,
 * timeLimitMinutes, attemptsLeft}]}), new exams (instructors, exam administrators), and starting
 * an attempt ({@code POST {id}/attempts}: 201 with the questions, or 200 with the active attempt).
 */
@Path("api/exams")
@Produces(MediaType.APPLICATION_JSON)
public class ExamResource {

    @Inject
    Exams exams;

    @Inject
    Attempts attempts;

    @Inject
    Caller caller;

    @Context
    HttpServletRequest request;

    @GET
    public List<Exams.ExamView> available() {
        return exams.available(caller);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@NotNull Exams.ExamRequest body) {
        Exam exam = exams.create(caller, body);
        return Response.created(URI.create("api/exams/" + exam.id())).entity(exams.view(exam, caller)).build();
    }

    @GET
    @Path("{id: [0-9]+}")
    public Exams.ExamView exam(@PathParam("id") long id) {
        caller.requireAuthenticated();
        return exams.view(exams.find(id), caller);
    }

    @GET
    @Path("{id: [0-9]+}/attempts")
    public List<Exams.AttemptRow> attempts(@PathParam("id") long id) {
        return exams.attempts(caller, id);
    }

    @POST
    @Path("{id: [0-9]+}/attempts")
    public Response start(@PathParam("id") long id) {
        Attempts.Started started = attempts.start(caller, id, request.getRemoteAddr());
        return Response.status(started.created() ? 201 : 200).entity(started.attempt()).build();
    }
}
