package vn.trithuc.web.problem;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Bean Validation failures on request DTOs and parameters: 400 with one entry per invalid field.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    /** One invalid input. */
    public record FieldError(String field, String message) {
    }

    @Override
    public Response toResponse(ConstraintViolationException failure) {
        List<FieldError> errors = failure.getConstraintViolations().stream()
                .map(v -> new FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        Problem problem = new Problem(URI.create(ProblemException.TYPE_BASE + "invalid-input"), 400, "Invalid input",
                "Some fields are missing or invalid.", uriInfo == null ? null : uriInfo.getRequestUri().getRawPath(),
                null, Map.of("errors", errors));
        return ProblemMapper.respond(problem, headers, uriInfo);
    }

    /** The last path node is the field or parameter name a client knows ({@code put.arg1.title} → {@code title}). */
    static String field(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
