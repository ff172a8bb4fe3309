package vn.trithuc.web.page;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a page resource returns: the template name (without {@code .ftlh}) and its model.
 * {@link PageWriter} adds what every page needs (caller, language, messages, CSRF token).
 */
public record Page(String template, Map<String, Object> model) {

    public Page {
        Objects.requireNonNull(template, "template");
        model = new LinkedHashMap<>(model == null ? Map.of() : model);
    }

    public static Page of(String template, Map<String, Object> model) {
        return new Page(template, model);
    }

    public static Page of(String template) {
        return new Page(template, Map.of());
    }
}
