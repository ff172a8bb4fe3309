package vn.trithuc.web.problem;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.jboss.logging.Logger;

import vn.trithuc.web.page.Page;

/**
 * The one place failures become responses. API clients get {@code application/problem+json};
 * browsers asking for HTML outside {@code /api} get the themed error page. Server errors are
 * logged once with an error id the client also sees; no stack trace or internal message leaves.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable failure) {
        Problem problem = toProblem(failure, uriInfo == null ? null : uriInfo.getRequestUri().getRawPath());
        return respond(problem, headers, uriInfo);
    }

    /** Turns any failure into a problem; unexpected ones are logged with a fresh error id. */
    static Problem toProblem(Throwable failure, String instance) {
        if (failure instanceof ProblemException p) {
            return new Problem(p.type(), p.status(), p.title(), p.detail(), instance, null, p.extensions());
        }
        if (isUnreadableBody(failure)) {
            return new Problem(URI.create(ProblemException.TYPE_BASE + "invalid-json"), 400, "Invalid JSON",
                    "The request body is not valid JSON for this call.", instance, null, Map.of());
        }
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            Response.Status known = Response.Status.fromStatusCode(status);
            String title = known != null ? known.getReasonPhrase() : "Request failed";
            return new Problem(URI.create(ProblemException.TYPE_BASE + typeName(status)), status, title,
                    clientDetail(status), instance, null, Map.of());
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(failure, "Request %s failed with an unexpected error [errorId=%s]", instance, errorId);
        return new Problem(URI.create(ProblemException.TYPE_BASE + "server-error"), 500, "Server error",
                "Something went wrong on our side. Quote the error id when you report it.", instance, errorId, Map.of());
    }

    /** JSON that could not be parsed or bound to the request type: the client's mistake, not ours. */
    static boolean isUnreadableBody(Throwable failure) {
        if (!(failure instanceof jakarta.ws.rs.ProcessingException)) {
            return false;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String name = cause.getClass().getName();
            if (name.equals("jakarta.json.bind.JsonbException") || name.equals("jakarta.json.stream.JsonParsingException")
                    || name.equals("jakarta.json.JsonException")) {
                return true;
            }
        }
        return false;
    }

    /** Builds the response in the form the client prefers. */
    public static Response respond(Problem problem, HttpHeaders headers, UriInfo uriInfo) {
        Response.ResponseBuilder response = Response.status(problem.status());
        if (problem.status() == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"trithuc\"");
        }
        if (wantsHtml(headers, uriInfo)) {
            return response.type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(Page.of("error", Map.of("problem", problem))).build();
        }
        return response.type(Problem.MEDIA_TYPE).entity(problem.toJson().toString()).build();
    }

    static boolean wantsHtml(HttpHeaders headers, UriInfo uriInfo) {
        if (headers == null || uriInfo == null) {
            return false;
        }
        String path = uriInfo.getPath();
        if (path.startsWith("/api") || path.startsWith("api")) {
            return false;
        }
        List<MediaType> accepted = headers.getAcceptableMediaTypes();
        for (MediaType type : accepted) {
            if (type.isWildcardType()) {
                return false;
            }
            if (type.isCompatible(MediaType.TEXT_HTML_TYPE)) {
                return true;
            }
        }
        return false;
    }

    private static String typeName(int status) {
        return switch (status) {
            case 400 -> "bad-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "conflict";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            default -> "http-" + status;
        };
    }

    private static String clientDetail(int status) {
        return switch (status) {
            case 400 -> "The request is malformed.";
            case 401 -> "Sign in, or send a bearer token from the identity provider.";
            case 403 -> "You are not allowed to do this.";
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not accept that method.";
            case 406 -> "No representation matches the Accept header.";
            case 415 -> "This content type is not accepted here.";
            default -> null;
        };
    }
}
