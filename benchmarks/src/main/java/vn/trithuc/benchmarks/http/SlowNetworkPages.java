package vn.trithuc.benchmarks.http;

import java.io.File;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * How the key pages load on a cheap phone over a slow mobile network: Debian's headless Chromium
 * with Chrome DevTools' network presets (Slow 3G: 2 s round trip, 400 kbit/s; Fast 3G: 562 ms,
 * 1.6 Mbit/s down) and the CPU slowed 4×, against a running platform with demo content. For each
 * page: the first visit with an empty cache and a repeat visit (content-hashed assets come from
 * the cache), median of the runs, as time to first byte, first contentful paint, DOMContentLoaded
 * and load, and bytes over the wire.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar vn.trithuc.benchmarks.http.SlowNetworkPages [base] [runs]</pre>
 */
public final class SlowNetworkPages {

    /** A DevTools network profile: round trip in ms, throughput in bytes/s. */
    record Profile(String name, int latencyMs, int downBytesPerSecond, int upBytesPerSecond) {
    }

    private static final List<Profile> PROFILES = List.of(
            new Profile("Slow 3G", 2000, 400 * 1024 / 8, 400 * 1024 / 8),
            new Profile("Fast 3G", 563, 1600 * 1024 / 8, 750 * 1024 / 8));
    private static final String TIMING = """
            var n = performance.getEntriesByType('navigation')[0];
            var paint = performance.getEntriesByName('first-contentful-paint')[0];
            var bytes = n.transferSize + performance.getEntriesByType('resource')
                .reduce(function (sum, r) { return sum + r.transferSize; }, 0);
            return [n.responseStart, paint ? paint.startTime : -1, n.domContentLoadedEventEnd, n.loadEventEnd, bytes];
            """;

    private SlowNetworkPages() {
    }

    public static void main(String[] args) {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", base + "/");
        pages.put("article", base + "/wiki/general/ha-noi");
        pages.put("search", base + "/search?q=ha+noi");
        pages.put("catalogue", base + "/learn/courses");
        pages.put("exams", base + "/learn/exams");
        pages.put("login (Keycloak)", base + "/signin");

        ChromeOptions options = new ChromeOptions();
        options.setBinary(new File("/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--lang=vi", "--window-size=375,812");
        ChromeDriver browser = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build(), options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofMinutes(2));
        try {
            browser.executeCdpCommand("Network.enable", Map.of());
            browser.executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", 4));
            System.out.println("| network | page | visit | TTFB | first paint | DOM ready | load | bytes over the wire |");
            System.out.println("|---|---|---|---|---|---|---|---|");
            for (Profile profile : PROFILES) {
                browser.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false,
                        "latency", profile.latencyMs(), "downloadThroughput", profile.downBytesPerSecond(),
                        "uploadThroughput", profile.upBytesPerSecond()));
                for (Map.Entry<String, String> page : pages.entrySet()) {
                    List<double[]> cold = new ArrayList<>();
                    List<double[]> warm = new ArrayList<>();
                    for (int run = 0; run < runs; run++) {
                        browser.executeCdpCommand("Network.clearBrowserCache", Map.of());
                        browser.executeCdpCommand("Network.clearBrowserCookies", Map.of());
                        cold.add(visit(browser, page.getValue()));
                        warm.add(visit(browser, page.getValue()));
                    }
                    print(profile.name(), page.getKey(), "first", cold);
                    print(profile.name(), page.getKey(), "repeat", warm);
                }
            }
        } finally {
            browser.quit();
        }
    }

    private static double[] visit(ChromeDriver browser, String url) {
        browser.get("about:blank");
        browser.get(url);
        @SuppressWarnings("unchecked")
        List<Number> timing = (List<Number>) ((JavascriptExecutor) browser).executeScript(TIMING);
        return timing.stream().mapToDouble(Number::doubleValue).toArray();
    }

    private static void print(String network, String page, String visit, List<double[]> samples) {
        double[] median = new double[samples.get(0).length];
        for (int i = 0; i < median.length; i++) {
            List<Double> values = new ArrayList<>();
            for (double[] sample : samples) {
                values.add(sample[i]);
            }
            Collections.sort(values);
            median[i] = values.get(values.size() / 2);
        }
        String paint = median[1] < 0 ? "—" : String.format(Locale.ROOT, "%.2f s", median[1] / 1000);
        System.out.printf(Locale.ROOT, "| %s | %s | %s | %.2f s | %s | %.2f s | %.2f s | %.1f kB |%n", network, page, visit,
                median[0] / 1000, paint, median[2] / 1000, median[3] / 1000, median[4] / 1024);
    }
}
