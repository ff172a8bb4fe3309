package vn.trithuc.web.page;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

import vn.trithuc.web.Settings;

/**
 * The FreeMarker configuration of one application. Templates are looked up in the deployment
 * theme folder ({@code TRITHUC_THEME_DIR/templates}), then in the application's own
 * {@code templates/} on the class path, then in the default theme shipped in this jar.
 */
public final class Templates {

    static final String DEFAULT_THEME = "vn/trithuc/themes/default/templates";

    private final Configuration configuration;

    public Templates(ClassLoader loader) {
        configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setDefaultEncoding("UTF-8");
        configuration.setOutputEncoding("UTF-8");
        configuration.setRecognizeStandardFileExtensions(true);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setDateFormat("dd/MM/yyyy");
        configuration.setDateTimeFormat("dd/MM/yyyy HH:mm");
        configuration.setTemplateLoader(loaders(loader));
    }

    private static TemplateLoader loaders(ClassLoader loader) {
        List<TemplateLoader> loaders = new ArrayList<>();
        Settings.themeDir().map(dir -> new File(dir, "templates")).filter(File::isDirectory).ifPresent(dir -> {
            try {
                loaders.add(new FileTemplateLoader(dir));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read theme templates in " + dir, e);
            }
        });
        loaders.add(new ClassTemplateLoader(loader, "templates"));
        loaders.add(new ClassTemplateLoader(loader, DEFAULT_THEME));
        return new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new));
    }

    /** Renders a template fully into memory, so a failing template never leaves half a page. */
    public String render(String template, Map<String, Object> model, Locale locale) {
        try {
            StringWriter out = new StringWriter(8192);
            configuration.getTemplate(template + ".ftlh", locale).process(model, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load template " + template, e);
        } catch (TemplateException e) {
            throw new IllegalStateException("Template " + template + " failed: " + e.getMessageWithoutStackTop(), e);
        }
    }
}
