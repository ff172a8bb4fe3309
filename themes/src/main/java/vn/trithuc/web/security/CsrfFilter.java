package vn.trithuc.web.security;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

import vn.trithuc.web.problem.ProblemException;

/**
 * CSRF protection for HTML forms (double-submit token). Every browser gets a random token in a
 * {@code SameSite=Lax}, HTTP-only cookie; pages put the same token in a hidden {@code _csrf}
 * field (or the {@code X-CSRF-Token} header for scripts). A state-changing request that a
 * foreign page could forge — a form or plain-text body without an {@code Authorization}
 * header — is refused with 403 unless the two match. JSON API calls cannot be sent cross-site
 * without CORS, and bearer tokens are not sent by browsers on their own, so those pass.
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 10)
public class CsrfFilter implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String COOKIE = "tt_csrf";
    public static final String FIELD = "_csrf";
    public static final String HEADER = "X-CSRF-Token";
    /** Request property holding this request's token, for templates. */
    public static final String TOKEN_PROPERTY = "vn.trithuc.csrf.token";
    private static final String ISSUED_PROPERTY = "vn.trithuc.csrf.issued";
    private static final int MAX_FORM_BYTES = 64 * 1024 * 1024;
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        Cookie cookie = request.getCookies().get(COOKIE);
        String token = cookie != null && isWellFormed(cookie.getValue()) ? cookie.getValue() : null;
        if (token == null) {
            token = newToken();
            request.setProperty(ISSUED_PROPERTY, Boolean.TRUE);
        }
        request.setProperty(TOKEN_PROPERTY, token);

        // Only a signed-in browser has ambient credentials a foreign page could abuse.
        if (SAFE_METHODS.contains(request.getMethod()) || !isForgeable(request) || servletRequest.getUserPrincipal() == null) {
            return;
        }
        String submitted = request.getHeaderString(HEADER);
        if (submitted == null && isUrlEncodedForm(request)) {
            // The servlet container may already have parsed the body (the OIDC mechanism reads parameters).
            submitted = servletRequest.getParameter(FIELD);
        } else if (submitted == null) {
            submitted = formField(request);
        }
        if (cookie == null || submitted == null || !constantTimeEquals(submitted, cookie.getValue())) {
            throw ProblemException.csrf();
        }
    }

    /**
     * The cookie goes only to signed-in browsers: anonymous pages have no state-changing forms and
     * stay cacheable by shared caches (no Set-Cookie).
     */
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (Boolean.TRUE.equals(request.getProperty(ISSUED_PROPERTY)) && servletRequest.getUserPrincipal() != null) {
            String token = (String) request.getProperty(TOKEN_PROPERTY);
            // Written by hand: JAX-RS's NewCookie adds the obsolete "Version=1", which some clients then quote.
            response.getHeaders().add(HttpHeaders.SET_COOKIE, COOKIE + "=" + token + "; Path=/; HttpOnly; SameSite=Lax");
        }
    }

    /** Requests a foreign page can send without CORS: simple content types and no Authorization header. */
    static boolean isForgeable(ContainerRequestContext request) {
        if (request.getHeaderString(HttpHeaders.AUTHORIZATION) != null) {
            return false;
        }
        MediaType type = request.getMediaType();
        if (type == null) {
            return true;
        }
        return type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE)
                || type.isCompatible(MediaType.TEXT_PLAIN_TYPE);
    }

    private static boolean isUrlEncodedForm(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        return type != null && type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
    }

    /** Reads {@code _csrf} from a url-encoded or multipart body, then puts the body back for the resource. */
    private static String formField(ContainerRequestContext request) throws IOException {
        if (!request.hasEntity()) {
            return null;
        }
        byte[] body;
        try (InputStream in = request.getEntityStream()) {
            body = in.readNBytes(MAX_FORM_BYTES + 1);
        }
        if (body.length > MAX_FORM_BYTES) {
            throw ProblemException.payloadTooLarge(MAX_FORM_BYTES);
        }
        request.setEntityStream(new ByteArrayInputStream(body));
        MediaType type = request.getMediaType();
        String text = new String(body, StandardCharsets.ISO_8859_1);
        if (type != null && type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE)) {
            return multipartField(text);
        }
        for (String pair : text.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && FIELD.equals(pair.substring(0, eq))) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static String multipartField(String body) {
        String marker = "name=\"" + FIELD + "\"";
        int at = body.indexOf(marker);
        if (at < 0) {
            return null;
        }
        int start = body.indexOf("\r\n\r\n", at);
        if (start < 0) {
            return null;
        }
        int end = body.indexOf("\r\n", start + 4);
        return end < 0 ? null : body.substring(start + 4, end).trim();
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static boolean isWellFormed(String value) {
        return value != null && value.length() == 43 && value.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_');
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
