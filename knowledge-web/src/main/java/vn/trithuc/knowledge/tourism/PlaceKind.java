package vn.trithuc.knowledge.tourism;

import java.util.Arrays;

import vn.trithuc.web.problem.ProblemException;

/** What a tourism article describes. */
public enum PlaceKind {
    HERITAGE("heritage"),
    FOOD("food"),
    LODGING("lodging"),
    HEALTH("health");

    private final String code;

    PlaceKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The kind for a code sent by a client; a clear 400 for anything else. */
    public static PlaceKind of(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equalsIgnoreCase(code.strip())).findFirst()
                .orElseThrow(() -> new ProblemException("invalid-place-kind", 400, "Unknown kind of place",
                        "The kind must be one of heritage, food, lodging, health; got '" + code + "'."));
    }
}
