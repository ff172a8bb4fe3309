package vn.trithuc.web;

import java.net.URI;
import java.util.Optional;

/**
 * Settings of the web layer, each an environment variable with a default that suits the
 * single-machine run command. The README lists every variable.
 */
public final class Settings {

    private Settings() {
    }

    /** {@code TRITHUC_OIDC_PROVIDER_URL}: the Keycloak realm URL browsers and WildFly use. */
    public static String identityProviderUrl() {
        return env("TRITHUC_OIDC_PROVIDER_URL", "http://localhost:8180/realms/trithuc");
    }

    /** Scheme, host and port of the identity provider, for the Content-Security-Policy. */
    public static String identityProviderOrigin() {
        URI uri = URI.create(identityProviderUrl());
        return uri.getScheme() + "://" + uri.getAuthority();
    }

    /** {@code TRITHUC_THEME_DIR}: a folder whose templates, CSS and messages override the default theme. */
    public static Optional<String> themeDir() {
        return Optional.ofNullable(env("TRITHUC_THEME_DIR", null));
    }

    /**
     * {@code TRITHUC_PUBLIC_URL}: the address people reach the platform at, for links that leave
     * the browser (QR codes, certificates, feeds); by default the scheme and host of the request.
     */
    public static String publicUrl(String requestScheme, String requestHost, int requestPort) {
        String configured = env("TRITHUC_PUBLIC_URL", null);
        if (configured != null) {
            return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
        }
        boolean defaultPort = requestPort < 0 || ("http".equals(requestScheme) && requestPort == 80)
                || ("https".equals(requestScheme) && requestPort == 443);
        return requestScheme + "://" + requestHost + (defaultPort ? "" : ":" + requestPort);
    }

    /** {@code TRITHUC_MAP_TILE_URL}: the map tiles (a Leaflet URL template). */
    public static String mapTileUrl() {
        return env("TRITHUC_MAP_TILE_URL", "https://tile.openstreetmap.org/{z}/{x}/{y}.png");
    }

    /** {@code TRITHUC_MAP_ATTRIBUTION}: the credit the tile provider asks for. */
    public static String mapAttribution() {
        return env("TRITHUC_MAP_ATTRIBUTION", "© OpenStreetMap contributors");
    }

    /** Reads an environment variable, falling back to a system property of the same name, then to the default. */
    public static String env(String name, String defaultValue) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            value = System.getProperty(name);
        }
        return value == null || value.isBlank() ? defaultValue : value;
    }
}
