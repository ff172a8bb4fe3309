package vn.trithuc.learning.exam;

import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import vn.trithuc.web.problem.ProblemException;
import vn.trithuc.web.security.Caller;

/**
 * {@code /learn/api/attempts/{id}}: the attempt (to resume on any device), saving an answer
 * ({@code PUT answers/{questionId}} {@code {response, seq}} → 204; after the deadline 409),
 * events the page reports, and the submission ({@code {score, maxScore, passed, certificate}}).
 */
@Path("api/attempts/{id: [0-9]+}")
@Produces(MediaType.APPLICATION_JSON)
public class AttemptResource {

    @Inject
    Attempts attempts;

    @Inject
    Caller caller;

    @Context
    HttpServletRequest request;

    @GET
    public Attempts.AttemptView attempt(@PathParam("id") long id) {
        return attempts.get(caller, id);
    }

    @PUT
    @Path("answers/{questionId: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public CompletionStage<Response> save(@PathParam("id") long id, @PathParam("questionId") long questionId, @NotNull JsonObject body) {
        JsonValue response = body.get("response");
        if (response == null || response.getValueType() == JsonValue.ValueType.NULL) {
            throw new ProblemException("invalid-answer", 400, "Response required", "Send {response, seq}.");
        }
        JsonValue seq = body.get("seq");
        Long number = seq instanceof JsonNumber n && n.isIntegral() ? n.longValue() : null;
        // checked here, written by the group commit; the worker thread is free while the commit runs
        return attempts.saveAsync(caller, id, questionId, response, number, request.getRemoteAddr())
                .orTimeout(Attempts.SAVE_WAIT.toMillis(), TimeUnit.MILLISECONDS)
                .handle((outcome, error) -> {
                    Attempts.settled(outcome, error);
                    return Response.noContent().build();
                });
    }

    /** The attempt's audit trail (exam administrators and instructors): start, every save, page events, IP, submission. */
    @GET
    @Path("events")
    public java.util.List<Attempts.Event> events(@PathParam("id") long id) {
        return attempts.events(caller, id);
    }

    @POST
    @Path("events")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response event(@PathParam("id") long id, @NotNull JsonObject body) {
        attempts.report(caller, id, body.getString("kind", null), body.getString("detail", null), request.getRemoteAddr());
        return Response.noContent().build();
    }

    @POST
    @Path("submission")
    public Attempts.Result submit(@PathParam("id") long id) {
        return attempts.submit(caller, id, request.getRemoteAddr());
    }
}
