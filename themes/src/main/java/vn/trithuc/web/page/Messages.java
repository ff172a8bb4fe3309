package vn.trithuc.web.page;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import org.jboss.logging.Logger;

import vn.trithuc.web.Settings;

/**
 * User-facing strings of one language. Lookup order: the deployment theme folder
 * ({@code TRITHUC_THEME_DIR/messages/messages_xx.properties}), the application's own bundle
 * ({@code i18n/messages_xx.properties} in the WAR), then the theme's shared bundle. Vietnamese
 * is the fallback for anything missing in English.
 */
public final class Messages {

    private static final Logger LOG = Logger.getLogger(Messages.class);
    private static final String THEME_BUNDLE = "vn/trithuc/themes/messages";
    private static final String APP_BUNDLE = "i18n/messages";
    private static final Map<String, Messages> CACHE = new ConcurrentHashMap<>();

    private final Locale locale;
    private final Properties strings;

    private Messages(Locale locale, Properties strings) {
        this.locale = locale;
        this.strings = strings;
    }

    /** Messages for a locale, loaded once per class loader and language. */
    public static Messages of(Locale locale, ClassLoader loader) {
        String key = System.identityHashCode(loader) + ":" + locale.getLanguage();
        return CACHE.computeIfAbsent(key, k -> load(locale, loader));
    }

    public Locale locale() {
        return locale;
    }

    /** The message for {@code key}, formatted with {@code args} ({@link MessageFormat} syntax). */
    public String get(String key, Object... args) {
        String pattern = strings.getProperty(key);
        if (pattern == null) {
            LOG.warnf("Missing message '%s' for language %s", key, locale.getLanguage());
            return "??" + key + "??";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    public boolean has(String key) {
        return strings.containsKey(key);
    }

    private static Messages load(Locale locale, ClassLoader loader) {
        Properties merged = new Properties();
        // Least specific first, so later layers override earlier ones.
        for (String language : languageChain(locale)) {
            readClasspath(merged, loader, THEME_BUNDLE + "_" + language + ".properties");
            readClasspath(merged, loader, APP_BUNDLE + "_" + language + ".properties");
            Settings.themeDir().ifPresent(dir ->
                    readFile(merged, Path.of(dir, "messages", "messages_" + language + ".properties")));
        }
        return new Messages(locale, merged);
    }

    private static List<String> languageChain(Locale locale) {
        String vi = Languages.VIETNAMESE.getLanguage();
        return locale.getLanguage().equals(vi) ? List.of(vi) : List.of(vi, locale.getLanguage());
    }

    private static void readClasspath(Properties into, ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in != null) {
                into.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read message bundle " + resource, e);
        }
    }

    private static void readFile(Properties into, Path file) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            into.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read theme messages " + file, e);
        }
    }
}
