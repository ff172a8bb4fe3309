package vn.trithuc.web.security;

import java.util.Arrays;
import java.util.Optional;

/**
 * Realm roles of the {@code trithuc} Keycloak realm. Services check these; pages only hide what a
 * caller could not do anyway.
 */
public enum Role {
    CONTRIBUTOR("contributor"),
    LEARNER("learner"),
    AGRI_EXPERT("agri-expert"),
    MEDICAL_REVIEWER("medical-reviewer"),
    EDITOR("editor"),
    CIVIL_SERVANT("civil-servant"),
    INSTRUCTOR("instructor"),
    EXAM_ADMIN("exam-admin"),
    ADMIN("admin");

    private final String roleName;

    Role(String roleName) {
        this.roleName = roleName;
    }

    /** The role's name as Keycloak issues it in {@code realm_access.roles}. */
    public String roleName() {
        return roleName;
    }

    public static Optional<Role> fromName(String name) {
        return Arrays.stream(values()).filter(r -> r.roleName.equals(name)).findFirst();
    }
}
