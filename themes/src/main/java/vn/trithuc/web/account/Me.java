package vn.trithuc.web.account;

import java.util.List;

import vn.trithuc.web.security.Caller;

/**
 * The caller as {@code GET /api/me} shows it.
 *
 * @param groups full paths of the caller's organisation-tree groups
 */
public record Me(String username, String name, List<String> roles, List<String> groups) {

    static Me of(Caller caller) {
        return new Me(caller.username(), caller.name(), caller.roles().stream().sorted().toList(), caller.groups());
    }
}
