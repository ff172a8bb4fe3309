package vn.trithuc.web.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;

import vn.trithuc.content.documents.DocumentConverter;
import vn.trithuc.content.documents.DocumentException;
import vn.trithuc.web.problem.ProblemException;

/**
 * Reading multipart uploads the same way in both applications: text fields as UTF-8 unless the
 * part says otherwise (browsers label none and mean the page's UTF-8), document files up to one
 * byte over the converter's limit (so that it can say the file is too large), and a refused
 * document as problem+json naming the file and the reason.
 */
public final class Uploads {

    /** Longest text field read; titles and keys are far shorter. */
    public static final int MAX_TEXT_BYTES = 4096;

    private Uploads() {
    }

    /** A text field, or null when the part is absent. */
    public static String text(EntityPart part) throws IOException {
        if (part == null) {
            return null;
        }
        String charset = part.getMediaType() == null ? null : part.getMediaType().getParameters().get(MediaType.CHARSET_PARAMETER);
        try (InputStream in = part.getContent()) {
            return new String(in.readNBytes(MAX_TEXT_BYTES), charset == null ? StandardCharsets.UTF_8 : Charset.forName(charset));
        }
    }

    /** A document's bytes, one more than {@link DocumentConverter.Limits#DEFAULT} accepts. */
    public static byte[] document(EntityPart part) throws IOException {
        try (InputStream in = part.getContent()) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, DocumentConverter.Limits.DEFAULT.maxBytes() + 1));
        }
    }

    /** The problem for a document the converter refused: {@code document-<code>} with its status. */
    public static ProblemException problem(DocumentException e) {
        return new ProblemException("document-" + e.code(), e.httpStatus(), "Document not imported", e.getMessage(),
                Map.of("file", e.file(), "reason", e.code()));
    }
}
