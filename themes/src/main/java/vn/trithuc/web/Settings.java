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
        return Optional.ofNullable(System.getenv("TRITHUC_THEME_DIR")).filter(s -> !s.isBlank());
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
