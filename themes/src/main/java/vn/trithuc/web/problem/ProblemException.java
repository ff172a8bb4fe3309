package vn.trithuc.web.problem;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import vn.trithuc.web.security.Role;

/**
 * A failure the caller can act on, with a stable problem {@code type} (RFC 9457), an HTTP
 * status, a short title and a detail safe to show. Feature packages subclass it or use the
 * factories for the common cases; extension members travel in {@link #extensions()}.
 */
public class ProblemException extends RuntimeException {

    /** Base of every problem type URI of the platform. */
    public static final String TYPE_BASE = "https://trithuc.vn/problems/";

    private final URI type;
    private final int status;
    private final String title;
    private final Map<String, Object> extensions;

    public ProblemException(String typeName, int status, String title, String detail) {
        this(typeName, status, title, detail, Map.of());
    }

    public ProblemException(String typeName, int status, String title, String detail, Map<String, Object> extensions) {
        super(detail);
        this.type = URI.create(TYPE_BASE + typeName);
        this.status = status;
        this.title = title;
        this.extensions = Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
    }

    public URI type() {
        return type;
    }

    /** The last part of the type, e.g. {@code deadline-passed}. */
    public String typeName() {
        String t = type.toString();
        return t.substring(t.lastIndexOf('/') + 1);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public Map<String, Object> extensions() {
        return extensions;
    }

    public static ProblemException unauthorized() {
        return new ProblemException("unauthorized", 401, "Authentication required",
                "Sign in, or send a bearer token from the identity provider.");
    }

    public static ProblemException forbidden(Role missing) {
        return new ProblemException("forbidden", 403, "Not allowed",
                "This needs the role '" + missing.roleName() + "'.", Map.of("requiredRole", missing.roleName()));
    }

    public static ProblemException notFound(String what) {
        return new ProblemException("not-found", 404, "Not found", what + " does not exist.");
    }

    public static ProblemException csrf() {
        return new ProblemException("csrf", 403, "Form expired",
                "The form's security token is missing or stale. Reload the page and submit again.");
    }

    public static ProblemException payloadTooLarge(long maxBytes) {
        return new ProblemException("payload-too-large", 413, "Too large",
                "The request body is larger than " + maxBytes + " bytes.", Map.of("maxBytes", maxBytes));
    }

    /** Problems are expected outcomes, not bugs: no stack trace is captured. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
