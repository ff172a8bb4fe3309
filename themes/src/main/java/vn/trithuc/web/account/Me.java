package vn.trithuc.web.account;

import java.util.List;

import vn.trithuc.web.security.Caller;
import vn.trithuc.web.security.Role;

/**
 * The caller as {@code GET /api/me} shows it: the platform's roles (Keycloak's technical roles
 * such as {@code offline_access} left out) and the organisation-tree groups.
 *
 * @param groups full paths of the caller's organisation-tree groups
 */
public record Me(String username, String name, List<String> roles, List<String> groups) {

    static Me of(Caller caller) {
        List<String> roles = caller.roles().stream().filter(r -> Role.fromName(r).isPresent()).sorted().toList();
        return new Me(caller.username(), caller.name(), roles, caller.groups());
    }
}
