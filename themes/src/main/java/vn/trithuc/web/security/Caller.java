package vn.trithuc.web.security;

import java.util.List;
import java.util.Set;

import vn.trithuc.web.problem.ProblemException;

/**
 * The person behind the current request, as the identity provider vouches for them. Anonymous
 * readers are a caller too ({@link #ANONYMOUS}); services ask a caller for what they need with
 * {@link #require(Role)} and never trust anything the client sends about itself.
 *
 * @param username Keycloak {@code preferred_username}, or {@code null} when anonymous
 * @param name     display name ({@code name} claim), falling back to the user name
 * @param roles    realm roles
 * @param groups   full paths of the organisation-tree groups, e.g. {@code /Hà Nội/Sở Y tế}
 */
public record Caller(String username, String name, Set<String> roles, List<String> groups) {

    public static final Caller ANONYMOUS = new Caller(null, null, Set.of(), List.of());

    public Caller {
        roles = Set.copyOf(roles);
        groups = List.copyOf(groups);
    }

    public boolean isAuthenticated() {
        return username != null;
    }

    /** True for the role itself and for administrators, who may do everything. */
    public boolean hasRole(Role role) {
        return roles.contains(role.roleName()) || roles.contains(Role.ADMIN.roleName());
    }

    /** Returns this caller when signed in, otherwise fails with 401. */
    public Caller requireAuthenticated() {
        if (!isAuthenticated()) {
            throw ProblemException.unauthorized();
        }
        return this;
    }

    /** Returns this caller when it holds {@code role}; 401 when anonymous, 403 when signed in without it. */
    public Caller require(Role role) {
        requireAuthenticated();
        if (!hasRole(role)) {
            throw ProblemException.forbidden(role);
        }
        return this;
    }
}
