package vn.trithuc.web.security;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletResponse;

import vn.trithuc.web.Settings;

/**
 * Sets the security headers on every response of the application, pages, API and static
 * assets alike: a strict Content-Security-Policy (no inline script), no MIME sniffing, no
 * framing, and a referrer policy that does not leak article URLs to other sites.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter implements Filter {

    private final String contentSecurityPolicy = contentSecurityPolicy(Settings.identityProviderOrigin(),
            tileSource(Settings.mapTileUrl()));

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletResponse http = (HttpServletResponse) response;
        http.setHeader("Content-Security-Policy", contentSecurityPolicy);
        http.setHeader("X-Content-Type-Options", "nosniff");
        http.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        http.setHeader("X-Frame-Options", "DENY");
        http.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(self)");
        chain.doFilter(request, response);
    }

    /** The CSP source of a plain-HTTP tile server ({@code {s}} subdomains as a wildcard), or {@code null}. */
    static String tileSource(String tileUrl) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^http://([^/]+)").matcher(tileUrl);
        return m.find() ? "http://" + m.group(1).replaceAll("\\{[a-z]+}", "*") : null;
    }

    /**
     * The policy; form posts may go to the identity provider because logout ends there, and
     * images may come from the map's tile server (any HTTPS source is allowed already).
     */
    static String contentSecurityPolicy(String identityProviderOrigin, String tileSource) {
        return "default-src 'self'; img-src 'self' data: https:" + (tileSource == null ? "" : " " + tileSource)
                + "; media-src 'self' https:; style-src 'self'; script-src 'self'; "
                + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; "
                + "form-action 'self' " + identityProviderOrigin;
    }
}
