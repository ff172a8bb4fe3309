package vn.trithuc.benchmarks.http;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.json.Json;
import jakarta.json.JsonReader;

/** Access tokens of the dev realm's demo users (password = user name), for the HTTP benchmarks. */
public final class Tokens {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String REALM = "http://localhost:8180/realms/trithuc";

    private Tokens() {
    }

    /** A new token for {@code user} from the public {@code trithuc-cli} client. */
    public static String of(String user) throws Exception {
        String form = "grant_type=password&client_id=trithuc-cli&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(user, StandardCharsets.UTF_8);
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(REALM + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.ofString());
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject().getString("access_token");
        }
    }
}
