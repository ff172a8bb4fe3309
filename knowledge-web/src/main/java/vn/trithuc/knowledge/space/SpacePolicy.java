package vn.trithuc.knowledge.space;

import java.util.Arrays;

/** When an edit in a space becomes visible to readers. */
public enum SpacePolicy {
    /** Registered contributors publish immediately; editors patrol afterwards (general, tourism). */
    OPEN("open"),
    /** Farmers publish immediately; an agricultural expert marks notes verified (agriculture). */
    EXPERT_VERIFIED("expert-verified"),
    /** Readers see only revisions a medical reviewer approved (medical). */
    REVIEWED("reviewed");

    private final String code;

    SpacePolicy(String code) {
        this.code = code;
    }

    /** The policy as stored and as the API shows it. */
    public String code() {
        return code;
    }

    public static SpacePolicy fromCode(String code) {
        return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown space policy " + code));
    }
}
