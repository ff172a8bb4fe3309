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

    @Inject
    Sittings sittingService;

    @Inject
    DeadlineJob deadlineJob;

    @Context
    HttpServletRequest request;

    @Context
    jakarta.ws.rs.core.UriInfo uriInfo;

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

    /**
     * Starts (201) or resumes (200) the caller's attempt; the body may carry the sitting's
     * {@code {"accessCode": "…"}}. Two starts racing for one candidate meet the database's
     * one-active-attempt constraint: the loser is answered with the winner's attempt.
     */
    @POST
    @Path("{id: [0-9]+}/attempts")
    public Response start(@PathParam("id") long id, String body) {
        String code = accessCode(body);
        Attempts.Started started;
        try {
            started = attempts.start(caller, id, request.getRemoteAddr(), code);
        } catch (jakarta.persistence.PersistenceException race) {
            started = attempts.start(caller, id, request.getRemoteAddr(), code);
        }
        return Response.status(started.created() ? 201 : 200).entity(started.attempt()).build();
    }

    private static String accessCode(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(body))) {
            jakarta.json.JsonValue value = reader.readValue();
            if (value instanceof jakarta.json.JsonObject object) {
                return object.getString("accessCode", null);
            }
        } catch (jakarta.json.JsonException | ClassCastException e) {
            // fall through to the problem below
        }
        throw new vn.trithuc.web.problem.ProblemException("invalid-start", 400, "Invalid request body",
                "Send no body, or {\"accessCode\": \"…\"}.");
    }

    /** Grades the exam's attempts again after a key correction: {@code {questions, attempts, scoreChanges, nowPassing, nowFailing, skipped}}. */
    @POST
    @Path("{id: [0-9]+}/regrade")
    public Attempts.Regrade regrade(@PathParam("id") long id) {
        return attempts.regrade(caller, id);
    }

    @GET
    @Path("{id: [0-9]+}/sittings")
    public List<Sittings.SittingView> sittings(@PathParam("id") long id) {
        return sittingService.list(caller, id);
    }

    /** Schedules a sitting ({@code {startsAt, admissionMinutes, accessCode, ipRanges, prepare}}); preparation starts at once. */
    @POST
    @Path("{id: [0-9]+}/sittings")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response schedule(@PathParam("id") long id, @NotNull Sittings.SittingRequest body) {
        Sitting sitting = sittingService.create(caller, id, body);
        if (sitting.prepareTarget() > 0) {
            deadlineJob.prepareSoon();
        }
        return Response.created(uriInfo.getBaseUri().resolve("api/exams/" + id + "/sittings")).entity(sittingService.view(sitting)).build();
    }
}
