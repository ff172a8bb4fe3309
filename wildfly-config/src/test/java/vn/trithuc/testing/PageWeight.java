package vn.trithuc.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The slow-network budget of a page: the uncompressed bytes of the stylesheets and scripts it
 * loads (what a phone must fetch before the page is usable), fetched as a browser would.
 */
public final class PageWeight {

    /** Total CSS + JS per page, excluding the map page (issue: under 100 KB uncompressed). */
    public static final int BUDGET_BYTES = 100 * 1024;
    private static final Pattern ASSET = Pattern.compile("<(?:link[^>]+rel=\"stylesheet\"[^>]+href|script[^>]+src)=\"([^\"]+)\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    /** The page's CSS and JS, address → bytes. */
    public record Weight(String page, int htmlBytes, Map<String, Integer> assets) {

        public int assetBytes() {
            return assets.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private PageWeight() {
    }

    public static Weight of(String pageUrl) throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(pageUrl)).header("Accept", "text/html")
                .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        if (page.statusCode() != 200) {
            throw new IllegalStateException(pageUrl + " answered " + page.statusCode());
        }
        Map<String, Integer> assets = new LinkedHashMap<>();
        Matcher m = ASSET.matcher(page.body());
        while (m.find()) {
            URI asset = page.uri().resolve(m.group(1).replace("&amp;", "&"));
            if (!"http".equals(asset.getScheme()) && !"https".equals(asset.getScheme())) {
                continue;
            }
            HttpResponse<byte[]> body = HTTP.send(HttpRequest.newBuilder(asset).timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assets.put(asset.toString(), body.body().length);
        }
        return new Weight(pageUrl, page.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length, assets);
    }
}
