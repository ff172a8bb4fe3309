package vn.trithuc.web.problem;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

/**
 * An RFC 9457 problem detail as it is sent: the standard members plus extension members.
 *
 * @param errorId set on server errors only; the same id is in the server log
 */
public record Problem(URI type, int status, String title, String detail, String instance, String errorId,
                      Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        extensions = extensions == null ? Map.of() : new LinkedHashMap<>(extensions);
    }

    /** The JSON body. Extension values may be strings, numbers, booleans, lists, maps or records of those. */
    public JsonObject toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("type", type.toString())
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            json.add("detail", detail);
        }
        if (instance != null) {
            json.add("instance", instance);
        }
        if (errorId != null) {
            json.add("errorId", errorId);
        }
        extensions.forEach((name, value) -> json.add(name, JsonValues.of(value)));
        return json.build();
    }

    /** Converts plain Java values to JSON-P values. */
    static final class JsonValues {
        private JsonValues() {
        }

        static JsonValue of(Object value) {
            if (value == null) {
                return JsonValue.NULL;
            }
            if (value instanceof JsonValue json) {
                return json;
            }
            if (value instanceof Boolean b) {
                return b ? JsonValue.TRUE : JsonValue.FALSE;
            }
            if (value instanceof Integer || value instanceof Long || value instanceof Short) {
                return Json.createValue(((Number) value).longValue());
            }
            if (value instanceof Number n) {
                return Json.createValue(n.doubleValue());
            }
            if (value instanceof Map<?, ?> map) {
                JsonObjectBuilder object = Json.createObjectBuilder();
                map.forEach((k, v) -> object.add(String.valueOf(k), of(v)));
                return object.build();
            }
            if (value instanceof Iterable<?> items) {
                var array = Json.createArrayBuilder();
                items.forEach(item -> array.add(of(item)));
                return array.build();
            }
            if (value instanceof Record record) {
                JsonObjectBuilder object = Json.createObjectBuilder();
                for (var component : record.getClass().getRecordComponents()) {
                    try {
                        object.add(component.getName(), of(component.getAccessor().invoke(record)));
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException("Cannot read " + component, e);
                    }
                }
                return object.build();
            }
            return Json.createValue(String.valueOf(value));
        }
    }
}
