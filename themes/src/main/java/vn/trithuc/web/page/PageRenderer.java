package vn.trithuc.web.page;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;

import vn.trithuc.web.security.Caller;
import vn.trithuc.web.security.CsrfFilter;
import vn.trithuc.web.security.Role;

/**
 * Renders a {@link Page} of the current request to HTML. Besides the page's own model every
 * template sees: {@code caller}, {@code hasRole(name)}, {@code lang}, {@code msg(key, args…)},
 * {@code when(dateTime)}, {@code csrf} (the form token), {@code ctx} (this application's context
 * path), {@code home} and {@code learn} (the two applications' roots), {@code path} (the
 * current path, for the language switch), {@code asset(path)} (a theme asset's address with its
 * content hash) and {@code themeCss} (whether the deployment theme adds {@code css/theme.css}).
 */
@ApplicationScoped
public class PageRenderer {

    /** Dates as people here write them: dd/MM/yyyy HH:mm, Hà Nội time. */
    static final java.time.format.DateTimeFormatter DATE_TIME = java.time.format.DateTimeFormatter
            .ofPattern("dd/MM/yyyy HH:mm").withZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));

    /** The optional stylesheet a deployment theme adds after the default one, e.g. to change tokens. */
    static final String THEME_CSS = "css/theme.css";

    private final Templates templates = new Templates(PageRenderer.class.getClassLoader());

    @Inject
    HttpServletRequest request;

    @Inject
    Instance<Caller> caller;

    public String render(Page page) {
        Locale locale = Languages.of(request);
        Map<String, Object> model = new HashMap<>(page.model());
        Messages messages = Messages.of(locale, PageRenderer.class.getClassLoader());
        Caller who = currentCaller();
        model.put("caller", who);
        model.put("hasRole", (TemplateMethodModelEx) args -> !args.isEmpty() && Role
                .fromName(String.valueOf(DeepUnwrap.unwrap((freemarker.template.TemplateModel) args.get(0))))
                .map(who::hasRole).orElse(false));
        model.put("lang", locale.getLanguage());
        model.put("languages", List.of("vi", "en"));
        model.put("msg", (TemplateMethodModelEx) args -> message(messages, args));
        model.put("csrf", request.getAttribute(CsrfFilter.TOKEN_PROPERTY));
        model.put("csrfField", CsrfFilter.FIELD);
        model.put("ctx", request.getContextPath());
        model.put("home", "/");
        model.put("learn", "/learn");
        model.put("path", request.getRequestURI());
        model.put("when", (TemplateMethodModelEx) PageRenderer::formatTime);
        String contextPath = request.getContextPath();
        model.put("asset", (TemplateMethodModelEx) args -> AssetResource.url(contextPath,
                String.valueOf(DeepUnwrap.unwrap((freemarker.template.TemplateModel) args.get(0)))));
        model.put("themeCss", AssetResource.overridden(THEME_CSS));
        return templates.render(page.template(), model, locale);
    }

    private Caller currentCaller() {
        try {
            return caller.get();
        } catch (RuntimeException outsideRequest) {
            return Caller.ANONYMOUS;
        }
    }

    private static String formatTime(List<?> args) throws TemplateModelException {
        Object value = args.isEmpty() ? null : DeepUnwrap.unwrap((freemarker.template.TemplateModel) args.get(0));
        if (value instanceof java.time.temporal.TemporalAccessor temporal) {
            return DATE_TIME.format(temporal);
        }
        if (value instanceof java.util.Date date) {
            return DATE_TIME.format(date.toInstant());
        }
        return "";
    }

    private static String message(Messages messages, List<?> args) throws TemplateModelException {
        if (args.isEmpty()) {
            throw new TemplateModelException("msg needs a key");
        }
        String key = String.valueOf(DeepUnwrap.unwrap((freemarker.template.TemplateModel) args.get(0)));
        Object[] values = new Object[args.size() - 1];
        for (int i = 1; i < args.size(); i++) {
            values[i - 1] = DeepUnwrap.unwrap((freemarker.template.TemplateModel) args.get(i));
        }
        return messages.get(key, values);
    }
}
