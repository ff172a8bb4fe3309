package vn.trithuc.knowledge.article;

import java.util.Arrays;

import vn.trithuc.web.problem.ProblemException;
import vn.trithuc.web.security.Caller;
import vn.trithuc.web.security.Role;

/** Who may edit a protected article: only editors, or only medical reviewers (doctors). */
public enum Protection {
    EDITORS("editors", Role.EDITOR),
    REVIEWERS("reviewers", Role.MEDICAL_REVIEWER);

    private final String code;
    private final Role role;

    Protection(String code, Role role) {
        this.code = code;
        this.role = role;
    }

    public String code() {
        return code;
    }

    /** Whether the caller may edit an article protected at this level. */
    public boolean allows(Caller caller) {
        return caller.hasRole(role);
    }

    public static Protection of(String code) {
        return Arrays.stream(values()).filter(p -> p.code.equalsIgnoreCase(code.strip())).findFirst()
                .orElseThrow(() -> new ProblemException("invalid-protection", 400, "Unknown protection level",
                        "The protection level is 'editors' or 'reviewers'; got '" + code + "'."));
    }
}
