package vn.trithuc.benchmarks.exam;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

/**
 * Prepares an exam sitting for the load test through the public interfaces only: candidates in
 * Keycloak (admin API, partial import), their tokens (password grant, as a phone app would), a
 * question bank imported from GIFT, the exam and its sitting with attempts prepared ahead.
 * <p>
 * Benchmark users get a one-iteration password hash (the realm's policy is switched for the
 * import and restored afterwards) so that 5,000 logins do not spend minutes hashing; that cost
 * belongs to Keycloak, not to the exam being measured.
 */
final class LoadSetup {

    static final String DEPARTMENT = "/Hà Nội/Sở Thông tin và Truyền thông";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String learn;
    private final String keycloak;
    private String previousPolicy;

    LoadSetup(String learn, String keycloak) {
        this.learn = learn;
        this.keycloak = keycloak;
    }

    /** Creates (or reuses) {@code count} candidates and returns a token for each, in order. */
    List<String> candidates(int count) throws Exception {
        create(count);
        return forEachCandidate(count, name -> token(name, name));
    }

    /** Creates the candidates that do not exist yet, in the demo civil servants' department. */
    void create(int count) throws Exception {
        String admin = adminToken();
        JsonObject realm = json(send(HttpRequest.newBuilder(URI.create(keycloak + "/admin/realms/trithuc")).header("Authorization", "Bearer " + admin)
                .GET(), 200));
        previousPolicy = realm.getString("passwordPolicy", "");
        send(HttpRequest.newBuilder(URI.create(keycloak + "/admin/realms/trithuc")).header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json").PUT(body("{\"passwordPolicy\":\"hashIterations(1)\"}")), 204);
        try {
            for (int from = 1; from <= count; from += 500) {
                JsonArrayBuilder users = Json.createArrayBuilder();
                for (int i = from; i < Math.min(count + 1, from + 500); i++) {
                    String name = name(i);
                    users.add(Json.createObjectBuilder().add("username", name).add("enabled", true).add("emailVerified", true)
                            .add("firstName", "Thí sinh").add("lastName", String.valueOf(i)).add("email", name + "@bench.trithuc.vn")
                            .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "password")
                                    .add("value", name).add("temporary", false)))
                            .add("realmRoles", Json.createArrayBuilder().add("learner").add("civil-servant"))
                            .add("groups", Json.createArrayBuilder().add(DEPARTMENT)));
                }
                String importBody = Json.createObjectBuilder().add("ifResourceExists", "SKIP").add("users", users).build().toString();
                send(HttpRequest.newBuilder(URI.create(keycloak + "/admin/realms/trithuc/partialImport"))
                        .header("Authorization", "Bearer " + adminToken()).header("Content-Type", "application/json")
                        .timeout(Duration.ofMinutes(5)).POST(body(importBody)), 200);
            }
        } finally {
            restorePolicy();
        }
    }

    /**
     * Signs each candidate in through the browser flow, as the exam page does (authorization code:
     * the application's sign-in page, Keycloak's login form, back to the application), and returns
     * each one's session cookie and CSRF token ("{@code session token}"), in order.
     */
    List<String> sessions(int count) throws Exception {
        create(count);
        return forEachCandidate(count, name -> session(name, name));
    }

    /** Something per candidate (password = user name), eight at a time, in candidate order. */
    private static List<String> forEachCandidate(int count, Login login) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                String name = name(i);
                results.add(pool.submit(() -> login.of(name)));
            }
            List<String> result = new ArrayList<>();
            for (Future<String> each : results) {
                result.add(each.get());
            }
            return result;
        } finally {
            pool.shutdown();
        }
    }

    interface Login {
        String of(String name) throws Exception;
    }

    private static final java.util.regex.Pattern LOGIN_FORM = java.util.regex.Pattern.compile("action=\"([^\"]*login-actions/authenticate[^\"]*)\"");

    String session(String username, String password) throws Exception {
        // a browser sends Keycloak's Secure cookies to http://localhost (a secure context); Java's client would not
        java.net.CookieStore store = new java.net.CookieManager().getCookieStore();
        java.net.CookieManager cookies = new java.net.CookieManager(new java.net.CookieStore() {
            @Override
            public void add(URI uri, java.net.HttpCookie cookie) {
                cookie.setSecure(false);
                store.add(uri, cookie);
            }

            @Override
            public List<java.net.HttpCookie> get(URI uri) {
                return store.get(uri);
            }

            @Override
            public List<java.net.HttpCookie> getCookies() {
                return store.getCookies();
            }

            @Override
            public List<URI> getURIs() {
                return store.getURIs();
            }

            @Override
            public boolean remove(URI uri, java.net.HttpCookie cookie) {
                return store.remove(uri, cookie);
            }

            @Override
            public boolean removeAll() {
                return store.removeAll();
            }
        }, java.net.CookiePolicy.ACCEPT_ALL);
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> form = browser.send(HttpRequest.newBuilder(URI.create(learn + "login")).timeout(Duration.ofMinutes(2)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        java.util.regex.Matcher action = LOGIN_FORM.matcher(form.body());
        if (!action.find()) {
            throw new IllegalStateException("No Keycloak login form at " + form.uri() + " (" + form.statusCode() + ")");
        }
        String credentials = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&credentialId=";
        HttpResponse<String> back = browser.send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .timeout(Duration.ofMinutes(2)).header("Content-Type", "application/x-www-form-urlencoded").POST(body(credentials)).build(),
                HttpResponse.BodyHandlers.ofString());
        String session = cookie(cookies, "JSESSIONID");
        String csrf = cookie(cookies, "tt_csrf");
        if (session == null || csrf == null) {
            throw new IllegalStateException("No session for " + username + " after signing in (" + back.statusCode() + " at " + back.uri() + ")");
        }
        return session + " " + csrf;
    }

    private static String cookie(java.net.CookieManager cookies, String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    /** A bank of {@code questions} single-choice questions in one category, and an exam drawing {@code drawn} of them. */
    long exam(int questions, int drawn) throws Exception {
        String author = token("giangvien", "giangvien");
        long bank = json(send(HttpRequest.newBuilder(URI.create(learn + "api/question-banks")).header("Authorization", "Bearer " + author)
                .header("Content-Type", "application/json").POST(body("{\"title\":\"Tải thử " + UUID.randomUUID() + "\"}")), 201))
                .getJsonNumber("id").longValue();
        StringBuilder gift = new StringBuilder("$CATEGORY: Kỹ năng số\n\n");
        for (int q = 1; q <= questions; q++) {
            gift.append("::c").append(q).append("::Câu hỏi số ").append(q).append(": phương án nào đúng? {=Phương án đúng ")
                    .append(q).append(" ~Phương án sai A ~Phương án sai B ~Phương án sai C}\n\n");
        }
        String boundary = "----trithuc" + UUID.randomUUID();
        String multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bench.gift\"\r\n"
                + "Content-Type: text/plain\r\n\r\n" + gift + "\r\n--" + boundary + "--\r\n";
        send(HttpRequest.newBuilder(URI.create(learn + "api/question-banks/" + bank + "/imports")).header("Authorization", "Bearer " + author)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(body(multipart)), 200);
        String examAdmin = token("khaothi", "khaothi");
        String exam = "{\"title\":\"Sát hạch tải thử\",\"bankId\":" + bank + ",\"timeLimitMinutes\":120,\"attemptLimit\":1,\"passMark\":50,"
                + "\"groups\":[\"" + DEPARTMENT + "\"],\"rules\":[{\"category\":\"Kỹ năng số\",\"count\":" + drawn + "}]}";
        return json(send(HttpRequest.newBuilder(URI.create(learn + "api/exams")).header("Authorization", "Bearer " + examAdmin)
                .header("Content-Type", "application/json").POST(body(exam)), 201)).getJsonNumber("id").longValue();
    }

    /** A sitting starting now with {@code prepare} attempts drawn ahead; returns how many were prepared within the wait. */
    int sitting(long exam, int prepare, Duration wait) throws Exception {
        String examAdmin = token("khaothi", "khaothi");
        String request = "{\"title\":\"Ca tải thử\",\"startsAt\":\"" + OffsetDateTime.now().minusSeconds(5) + "\",\"admissionMinutes\":60,"
                + "\"prepare\":" + prepare + "}";
        long sitting = json(send(HttpRequest.newBuilder(URI.create(learn + "api/exams/" + exam + "/sittings"))
                .header("Authorization", "Bearer " + examAdmin).header("Content-Type", "application/json").POST(body(request)), 201))
                .getJsonNumber("id").longValue();
        long until = System.nanoTime() + wait.toNanos();
        int prepared = 0;
        while (prepared < prepare && System.nanoTime() < until) {
            Thread.sleep(2000);
            String list = send(HttpRequest.newBuilder(URI.create(learn + "api/exams/" + exam + "/sittings"))
                    .header("Authorization", "Bearer " + token("khaothi", "khaothi")).GET(), 200);
            try (JsonReader reader = Json.createReader(new StringReader(list))) {
                prepared = reader.readArray().getValuesAs(JsonObject.class).stream().filter(s -> s.getJsonNumber("id").longValue() == sitting)
                        .mapToInt(s -> s.getInt("prepared")).findFirst().orElse(0);
            }
        }
        return prepared;
    }

    String token(String username, String password) throws Exception {
        String form = "grant_type=password&client_id=trithuc-cli&scope=openid&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return json(send(HttpRequest.newBuilder(URI.create(keycloak + "/realms/trithuc/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(body(form)), 200)).getString("access_token");
    }

    private void restorePolicy() throws Exception {
        if (previousPolicy != null) {
            send(HttpRequest.newBuilder(URI.create(keycloak + "/admin/realms/trithuc")).header("Authorization", "Bearer " + adminToken())
                    .header("Content-Type", "application/json")
                    .PUT(body(Json.createObjectBuilder().add("passwordPolicy", previousPolicy).build().toString())), 204);
        }
    }

    private String adminToken() throws Exception {
        String form = "grant_type=password&client_id=admin-cli&username=admin&password=admin";
        return json(send(HttpRequest.newBuilder(URI.create(keycloak + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(body(form)), 200)).getString("access_token");
    }

    static String name(int i) {
        return String.format("bench-%05d", i);
    }

    private String send(HttpRequest.Builder request, int expected) throws Exception {
        HttpResponse<String> response = http.send(request.timeout(Duration.ofMinutes(5)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(response.request().method() + " " + response.request().uri() + " → " + response.statusCode()
                    + ": " + response.body());
        }
        return response.body();
    }

    private static HttpRequest.BodyPublisher body(String text) {
        return HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8);
    }

    private static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
