package vn.trithuc.web.problem;

import java.io.IOException;

import jakarta.json.JsonException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

/**
 * A request body that JSON-P cannot read — missing, truncated, not JSON — is the client's mistake:
 * 400 {@code invalid-json} instead of the server error the provider's bare {@link JsonException}
 * would become. (JSON-B's failures arrive wrapped and are told apart in {@link ProblemMapper}.)
 */
@Provider
public class UnreadableJson implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        try {
            return context.proceed();
        } catch (JsonException unreadable) {
            throw new ProblemException("invalid-json", 400, "Invalid JSON",
                    "The request body is missing or is not valid JSON for this call.");
        }
    }
}
