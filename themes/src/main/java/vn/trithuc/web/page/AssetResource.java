package vn.trithuc.web.page;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import vn.trithuc.web.Settings;
import vn.trithuc.web.problem.ProblemException;

/**
 * Theme assets (CSS, icons, scripts) at {@code /static/…}: from the deployment theme folder
 * ({@code TRITHUC_THEME_DIR/static}) when it has the file, otherwise from the default theme in
 * this jar; {@code /static/vendor/{library}/…} from a WebJar. Pages link assets through
 * {@link #url} with the content hash in the address ({@code ?v=…}); such a request is cached for
 * a year as immutable, so phones on slow networks fetch each version of a file once. Without the
 * hash (or with a stale one) the answer is cached for an hour and revalidated by its ETag.
 */
@Path("static")
public class AssetResource {

    static final String DEFAULT_STATIC = "vn/trithuc/themes/default/static/";
    static final String VENDOR = "vendor/";
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css; charset=UTF-8",
            "js", "text/javascript; charset=UTF-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon",
            "woff2", "font/woff2",
            "json", "application/json");
    private static final Map<String, Asset> CACHE = new ConcurrentHashMap<>();
    private static final Map<java.nio.file.Path, Override> OVERRIDES = new ConcurrentHashMap<>();
    private static final int ONE_HOUR = 3600;
    private static final int ONE_YEAR = 365 * 24 * 3600;

    /** One asset's bytes and validators. */
    record Asset(byte[] bytes, String type, String hash) {

        EntityTag etag() {
            return new EntityTag(hash);
        }
    }

    /** A theme-folder file as last read, re-read when its modification time changes. */
    private record Override(java.nio.file.attribute.FileTime modified, Asset asset) {
    }

    /**
     * The address a page links an asset with: {@code {contextPath}/static/{path}?v={hash}}, or
     * without the hash when there is no such asset (the link then answers 404 as it should).
     */
    public static String url(String contextPath, String path) {
        String address = contextPath + "/static/" + path;
        return find(path).map(asset -> address + "?v=" + asset.hash()).orElse(address);
    }

    /** Whether the deployment theme folder has this asset (for optional files such as {@code css/theme.css}). */
    public static boolean overridden(String path) {
        return overrideFile(path).isPresent();
    }

    @GET
    @Path("{path: [A-Za-z0-9_./-]+}")
    public Response asset(@PathParam("path") String path, @QueryParam("v") String version, @Context Request request) {
        Asset asset = find(path).orElseThrow(() -> ProblemException.notFound("The file " + path));
        CacheControl cache = new CacheControl();
        boolean current = asset.hash().equals(version);
        cache.setMaxAge(current ? ONE_YEAR : ONE_HOUR);
        if (current) {
            cache.getCacheExtension().put("immutable", null);
        }
        Response.ResponseBuilder notModified = request.evaluatePreconditions(asset.etag());
        if (notModified != null) {
            return notModified.cacheControl(cache).build();
        }
        return Response.ok(asset.bytes(), asset.type()).tag(asset.etag()).cacheControl(cache).build();
    }

    static Optional<Asset> find(String path) {
        if (path.contains("..") || path.startsWith("/")) {
            return Optional.empty();
        }
        String extension = path.substring(path.lastIndexOf('.') + 1);
        String type = TYPES.get(extension);
        if (type == null) {
            return Optional.empty();
        }
        Optional<java.nio.file.Path> override = overrideFile(path);
        if (override.isPresent()) {
            return Optional.of(load(override.get(), type));
        }
        Asset cached = CACHE.get(path);
        if (cached != null) {
            return Optional.of(cached);
        }
        try (InputStream in = AssetResource.class.getClassLoader().getResourceAsStream(
                path.startsWith(VENDOR) ? vendorPath(path) : DEFAULT_STATIC + path)) {
            if (in == null) {
                return Optional.empty();
            }
            Asset asset = asset(in.readAllBytes(), type);
            CACHE.put(path, asset);
            return Optional.of(asset);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A library shipped as a WebJar on the class path: {@code vendor/leaflet/dist/leaflet.js} is
     * {@code META-INF/resources/webjars/leaflet/{version}/dist/leaflet.js}, the version read from
     * the WebJar's Maven metadata so that upgrading the dependency needs no change here.
     */
    static String vendorPath(String path) {
        String rest = path.substring(VENDOR.length());
        int slash = rest.indexOf('/');
        if (slash <= 0) {
            return DEFAULT_STATIC + path;
        }
        String library = rest.substring(0, slash);
        for (String group : List.of("org.webjars.npm", "org.webjars")) {
            try (InputStream in = AssetResource.class.getClassLoader()
                    .getResourceAsStream("META-INF/maven/" + group + "/" + library + "/pom.properties")) {
                if (in != null) {
                    Properties properties = new Properties();
                    properties.load(in);
                    return "META-INF/resources/webjars/" + library + "/" + properties.getProperty("version")
                            + rest.substring(slash);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return DEFAULT_STATIC + path;
    }

    private static Optional<java.nio.file.Path> overrideFile(String path) {
        if (path.contains("..") || path.startsWith("/")) {
            return Optional.empty();
        }
        return Settings.themeDir().map(dir -> java.nio.file.Path.of(dir, "static", path)).filter(Files::isRegularFile);
    }

    private static Asset load(java.nio.file.Path file, String type) {
        try {
            java.nio.file.attribute.FileTime modified = Files.getLastModifiedTime(file);
            Override known = OVERRIDES.get(file);
            if (known != null && known.modified().equals(modified)) {
                return known.asset();
            }
            Asset asset = asset(Files.readAllBytes(file), type);
            OVERRIDES.put(file, new Override(modified, asset));
            return asset;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Asset asset(byte[] bytes, String type) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return new Asset(bytes, type, HexFormat.of().formatHex(digest, 0, 12));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
