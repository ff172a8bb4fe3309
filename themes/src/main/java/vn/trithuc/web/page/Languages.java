package vn.trithuc.web.page;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The interface languages: Vietnamese first, English second. The choice is made with
 * {@code ?lang=en} and kept in a cookie on path {@code /}, so it holds across the knowledge
 * and learning parts.
 */
public final class Languages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(VIETNAMESE, ENGLISH);
    public static final String PARAMETER = "lang";
    public static final String COOKIE = "tt_lang";
    static final String ATTRIBUTE = "vn.trithuc.locale";

    private Languages() {
    }

    /** The language of this request: explicit parameter, then cookie, then Vietnamese. */
    public static Locale of(HttpServletRequest request) {
        Object chosen = request.getAttribute(ATTRIBUTE);
        if (chosen instanceof Locale locale) {
            return locale;
        }
        Locale fromParameter = parse(request.getParameter(PARAMETER));
        if (fromParameter != null) {
            return fromParameter;
        }
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName())) {
                    Locale fromCookie = parse(cookie.getValue());
                    if (fromCookie != null) {
                        return fromCookie;
                    }
                }
            }
        }
        return VIETNAMESE;
    }

    /** A supported locale for a language code, or {@code null}. */
    public static Locale parse(String code) {
        if (code == null) {
            return null;
        }
        return SUPPORTED.stream().filter(l -> l.getLanguage().equalsIgnoreCase(code.trim())).findFirst().orElse(null);
    }
}
