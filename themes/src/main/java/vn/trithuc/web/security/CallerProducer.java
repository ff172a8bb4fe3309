package vn.trithuc.web.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import org.wildfly.security.http.oidc.AccessToken;
import org.wildfly.security.http.oidc.OidcSecurityContext;
import org.wildfly.security.http.oidc.RealmAccessClaim;

/**
 * Builds the {@link Caller} of the current request from the OpenID Connect token that
 * elytron-oidc-client validated (a bearer token for the API, the session's token for pages).
 */
@RequestScoped
public class CallerProducer {

    /** Claim carrying the full paths of the caller's Keycloak groups (group-membership mapper). */
    static final String GROUPS_CLAIM = "groups";

    @Inject
    HttpServletRequest request;

    /**
     * The caller, computed for each injection point (records cannot be proxied). Inject it into
     * resources, which live for one request, and pass it on to services as an argument.
     */
    @Produces
    public Caller caller() {
        OidcSecurityContext context = securityContext(request);
        if (context == null || context.getToken() == null || request.getUserPrincipal() == null) {
            return Caller.ANONYMOUS;
        }
        AccessToken token = context.getToken();
        String username = firstNonBlank(token.getPreferredUsername(), request.getUserPrincipal().getName());
        String name = firstNonBlank(token.getName(), username);
        Set<String> roles = new LinkedHashSet<>();
        RealmAccessClaim realmAccess = token.getRealmAccessClaim();
        if (realmAccess != null && realmAccess.getRoles() != null) {
            roles.addAll(realmAccess.getRoles());
        }
        return new Caller(username, name, roles, groups(token));
    }

    /** The validated OIDC context of a request, or {@code null} for anonymous requests. */
    public static OidcSecurityContext securityContext(HttpServletRequest request) {
        return (OidcSecurityContext) request.getAttribute(OidcSecurityContext.class.getName());
    }

    private static List<String> groups(AccessToken token) {
        Object value = token.hasClaim(GROUPS_CLAIM) ? token.getClaimValue(GROUPS_CLAIM) : null;
        List<String> groups = new ArrayList<>();
        if (value instanceof Collection<?> items) {
            items.forEach(item -> groups.add(String.valueOf(item)));
        } else if (value != null) {
            groups.add(String.valueOf(value));
        }
        return groups;
    }

    private static String firstNonBlank(String first, String second) {
        return first != null && !first.isBlank() ? first : second;
    }
}
