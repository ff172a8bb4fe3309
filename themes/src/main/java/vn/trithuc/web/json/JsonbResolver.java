package vn.trithuc.web.json;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for every request of the application. Without a resolver RESTEasy builds a
 * new {@code Jsonb} per request, and with it Yasson's model of every class it reads or writes: on an
 * article save that was over a third of the server's CPU time (measured with JFR while running the
 * save-latency benchmark). Yasson's {@code Jsonb} is thread-safe and caches class models.
 */
@Provider
public class JsonbResolver implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create();

    /** The one JSON-B instance (building one per use costs more than the request). */
    public static Jsonb shared() {
        return JSONB;
    }

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
