package vn.trithuc.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) for browser
 * tests, one per test, handed to test methods as a {@link WebDriver} parameter. Where the packages
 * are not installed the tests are skipped, and the build says so loudly. Screenshots go to
 * {@code target/screenshots}.
 */
public final class Browser implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** A cheap phone's screen. */
    public static final Dimension PHONE = new Dimension(375, 812);
    public static final Dimension DESKTOP = new Dimension(1280, 900);
    private static final AtomicBoolean WARNED = new AtomicBoolean();

    @Override
    public void beforeEach(ExtensionContext context) {
        boolean available = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!available && WARNED.compareAndSet(false, true)) {
            System.err.println("""

                    ************************************************************************
                    *  BROWSER TESTS SKIPPED: /usr/bin/chromium and /usr/bin/chromedriver   *
                    *  are not installed. Install them (Debian: apt-get install chromium     *
                    *  chromium-driver) to run them; .ci/run installs them.                  *
                    ************************************************************************
                    """);
        }
        Assumptions.assumeTrue(available, "browser tests need Debian's chromium and chromium-driver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--lang=vi");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().window().setSize(PHONE);
        store(context).put(WebDriver.class, driver);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        WebDriver driver = store(context).remove(WebDriver.class, WebDriver.class);
        if (driver != null) {
            driver.quit();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
        return parameter.getParameter().getType() == WebDriver.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
        return store(extension).get(WebDriver.class, WebDriver.class);
    }

    /** Saves a screenshot of the current page as {@code target/screenshots/<name>.png}. */
    public static Path screenshot(WebDriver driver, String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs axe-core in the page with the WCAG 2.0/2.1 A and AA rules and fails on any violation
     * of serious or critical impact, naming rule, help and elements. Every violation (minor and
     * moderate too) is written to {@code target/axe/<name>.txt} for review.
     */
    public static void assertAccessible(WebDriver driver, String name) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        if (results.isErrored()) {
            throw new AssertionError("axe-core could not check " + name + ": " + results.getErrorMessage());
        }
        StringBuilder all = new StringBuilder();
        StringBuilder serious = new StringBuilder();
        for (Rule rule : results.getViolations()) {
            StringBuilder line = new StringBuilder().append(rule.getImpact()).append(' ').append(rule.getId()).append(": ")
                    .append(rule.getHelp()).append('\n');
            for (CheckedNode node : rule.getNodes()) {
                line.append("    ").append(node.getTarget()).append("  ").append(node.getHtml()).append('\n');
            }
            all.append(line);
            if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                serious.append(line);
            }
        }
        try {
            Path dir = Path.of("target", "axe");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(name + ".txt"), driver.getCurrentUrl() + "\n"
                    + (all.length() == 0 ? "no violations\n" : all));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (serious.length() > 0) {
            throw new AssertionError("Serious accessibility violations on " + name + " (" + driver.getCurrentUrl() + "):\n"
                    + serious);
        }
    }

    private static ExtensionContext.Store store(ExtensionContext context) {
        return context.getStore(ExtensionContext.Namespace.create(Browser.class, context.getUniqueId()));
    }
}
