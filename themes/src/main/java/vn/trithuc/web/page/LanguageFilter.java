package vn.trithuc.web.page;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Remembers a language chosen with {@code ?lang=} in a cookie valid for the whole site. */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class LanguageFilter implements Filter {

    private static final int ONE_YEAR = 365 * 24 * 3600;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        Locale chosen = "GET".equals(http.getMethod()) ? Languages.parse(http.getParameter(Languages.PARAMETER)) : null;
        if (chosen != null) {
            Cookie cookie = new Cookie(Languages.COOKIE, chosen.getLanguage());
            cookie.setPath("/");
            cookie.setMaxAge(ONE_YEAR);
            cookie.setAttribute("SameSite", "Lax");
            ((HttpServletResponse) response).addCookie(cookie);
        }
        http.setAttribute(Languages.ATTRIBUTE, Languages.of(http));
        chain.doFilter(request, response);
    }
}
