package vn.trithuc.web.account;

import java.net.URI;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

import org.wildfly.security.http.oidc.OidcSecurityContext;

import vn.trithuc.web.Settings;
import vn.trithuc.web.page.Page;
import vn.trithuc.web.security.Caller;
import vn.trithuc.web.security.CallerProducer;

/**
 * Signing in and out, and who you are. {@code /login} and {@code /me} are protected in
 * {@code web.xml}, so reaching them starts Keycloak's authorization-code flow; the API answers
 * bearer-token callers.
 */
@Path("")
public class AccountResource {

    @Inject
    Caller caller;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uriInfo;

    /** The caller's identity: user name, display name, realm roles and organisation-tree groups. */
    @GET
    @Path("api/me")
    @Produces(MediaType.APPLICATION_JSON)
    public Me me() {
        return Me.of(caller.requireAuthenticated());
    }

    /** "Logged in as …" page. */
    @GET
    @Path("me")
    @Produces(MediaType.TEXT_HTML)
    public Page mePage() {
        return Page.of("me", Map.of("me", Me.of(caller.requireAuthenticated())));
    }

    /** Cookie holding where to return after signing in (the OIDC redirect keeps no query string). */
    static final String RETURN_COOKIE = "tt_return";

    /**
     * Starts signing in: remembers the page to come back to, then goes to the protected
     * {@code /login}, asking Keycloak for the language the reader chose here.
     */
    @GET
    @Path("signin")
    public Response signIn(@QueryParam("to") String to) {
        String back = safeLocalPath(to, request.getContextPath() + "/");
        // absolute: a path with a leading slash would be taken as relative to the application's base;
        // ui_locales (passed on by the OIDC client) opens Keycloak's login page in the site's language
        return Response.seeOther(uriInfo.getBaseUri().resolve(request.getContextPath() + "/login?ui_locales="
                        + vn.trithuc.web.page.Languages.of(request).getLanguage()))
                .header(jakarta.ws.rs.core.HttpHeaders.SET_COOKIE, RETURN_COOKIE + "="
                        + java.net.URLEncoder.encode(back, java.nio.charset.StandardCharsets.UTF_8)
                        + "; Path=/; Max-Age=900; HttpOnly; SameSite=Lax")
                .build();
    }

    /** Reached after Keycloak's login; sends the browser back where it came from. */
    @GET
    @Path("login")
    public Response login(@jakarta.ws.rs.CookieParam(RETURN_COOKIE) String remembered) {
        caller.requireAuthenticated();
        String back = remembered == null ? null : java.net.URLDecoder.decode(remembered, java.nio.charset.StandardCharsets.UTF_8);
        return Response.seeOther(uriInfo.getBaseUri().resolve(localUri(safeLocalPath(back, request.getContextPath() + "/"))))
                .header(jakarta.ws.rs.core.HttpHeaders.SET_COOKIE, RETURN_COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax")
                .build();
    }

    /** Ends the session here and at Keycloak (RP-initiated logout), then returns to the home page. */
    @POST
    @Path("logout")
    public Response logout() throws ServletException {
        OidcSecurityContext context = CallerProducer.securityContext(request);
        String idToken = context == null ? null : context.getIDTokenString();
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        URI home = uriInfo.getBaseUriBuilder().replacePath("/").build();
        UriBuilder endSession = UriBuilder.fromUri(Settings.identityProviderUrl())
                .path("protocol/openid-connect/logout")
                .queryParam("post_logout_redirect_uri", home)
                .queryParam("client_id", Settings.env("TRITHUC_OIDC_CLIENT_ID", "trithuc-web"));
        if (idToken != null) {
            endSession.queryParam("id_token_hint", idToken);
        }
        return Response.seeOther(endSession.build()).build();
    }

    /** A local path and query as a URI, percent-encoding what a browser sent decoded (Vietnamese titles). */
    static URI localUri(String pathAndQuery) {
        try {
            return new URI(pathAndQuery); // already a valid address: keep its escapes as they are
        } catch (java.net.URISyntaxException notEncoded) {
            // fall through: encode what needs it
        }
        int question = pathAndQuery.indexOf('?');
        try {
            return question < 0 ? new URI(null, null, pathAndQuery, null)
                    : new URI(null, null, pathAndQuery.substring(0, question), pathAndQuery.substring(question + 1), null);
        } catch (java.net.URISyntaxException e) {
            return URI.create("/");
        }
    }

    /** Only same-site absolute paths are followed, so the login page cannot be used as an open redirect. */
    static String safeLocalPath(String to, String fallback) {
        if (to == null || !to.startsWith("/") || to.startsWith("//") || to.contains("\\") || to.contains("\r")
                || to.contains("\n")) {
            return fallback;
        }
        return to;
    }
}
