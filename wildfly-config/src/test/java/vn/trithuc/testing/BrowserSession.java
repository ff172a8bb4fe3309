package vn.trithuc.testing;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cookie-keeping HTTP client that walks the browser's way through Keycloak's login form,
 * following redirects like a browser does. For tests of the authorization-code flow.
 */
public final class BrowserSession {

    private static final Pattern LOGIN_FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new LoopbackIsSecure(new CookieManager(null, CookiePolicy.ACCEPT_ALL)))
            .followRedirects(HttpClient.Redirect.ALWAYS)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    public HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).header("Accept", "text/html").timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> postForm(URI uri, String form) throws IOException, InterruptedException {
        return postForm(uri, form, "text/html");
    }

    public HttpResponse<String> postForm(URI uri, String form, String accept) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).header("Accept", accept)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Opens a protected page, fills Keycloak's login form and returns the page reached afterwards. */
    public HttpResponse<String> logIn(URI protectedPage, String username, String password)
            throws IOException, InterruptedException {
        HttpResponse<String> loginPage = get(protectedPage);
        Matcher action = LOGIN_FORM_ACTION.matcher(loginPage.body());
        if (!action.find()) {
            throw new IllegalStateException("No Keycloak login form at " + loginPage.uri() + " (status " + loginPage.statusCode() + ")");
        }
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&credentialId=";
        return postForm(URI.create(action.group(1).replace("&amp;", "&")), form);
    }

    /**
     * Browsers treat http://localhost as a secure context and send {@code Secure} cookies there
     * (Keycloak sets its login cookies so); Java's cookie manager does not, unless told.
     */
    private static final class LoopbackIsSecure extends CookieHandler {
        private final CookieHandler delegate;

        LoopbackIsSecure(CookieHandler delegate) {
            this.delegate = delegate;
        }

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) throws IOException {
            return delegate.get(secure(uri), headers);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> headers) throws IOException {
            delegate.put(secure(uri), headers);
        }

        private static URI secure(URI uri) {
            boolean loopback = "localhost".equals(uri.getHost()) || "127.0.0.1".equals(uri.getHost());
            return loopback && "http".equals(uri.getScheme()) ? URI.create("https" + uri.toString().substring(4)) : uri;
        }
    }

    /** The CSRF token of a page's forms. */
    public static String csrfToken(String html) {
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        if (!token.find()) {
            throw new IllegalStateException("No CSRF token in page");
        }
        return token.group(1);
    }
}
