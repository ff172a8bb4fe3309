package vn.trithuc.web.files;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.core.Response;

/**
 * The response for an uploaded file (article and lesson attachments): the type detected at
 * upload, shown inline only for images and PDF, the name in UTF-8, and a Content-Security-Policy
 * that sandboxes whatever the file is.
 */
public final class Downloads {

    private Downloads() {
    }

    public static Response.ResponseBuilder of(byte[] bytes, String mediaType, String filename) {
        boolean inline = mediaType.startsWith("image/") || mediaType.equals("application/pdf");
        return Response.ok(bytes, mediaType)
                .header("Content-Disposition", (inline ? "inline" : "attachment") + "; filename*=UTF-8''"
                        + URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20"))
                .header("Content-Security-Policy", "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox");
    }
}
