package vn.trithuc.knowledge.space;

import java.util.Locale;

/**
 * A space as clients see it ({@code GET /api/spaces}).
 *
 * @param policy {@code open}, {@code expert-verified} or {@code reviewed}
 */
public record SpaceView(String key, String name, String policy, String description) {

    static SpaceView of(Space space, Locale locale) {
        return new SpaceView(space.key(), space.name(locale), space.policy().code(), space.description(locale));
    }
}
