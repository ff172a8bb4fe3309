package vn.trithuc.content.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.tika.Tika;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;

/** Decides whether an uploaded file may be attached, from its bytes. Thread-safe. */
public final class FileCheck {

    /** The outcome: an accepted media type, or the reason for refusal (a stable code). */
    public record Result(String mediaType, String refusal, String detail) {
        public boolean accepted() {
            return refusal == null;
        }
    }

    /** Types an attachment may have: images for articles and documents people share. */
    static final Set<String> ALLOWED = Set.of(
            "image/png", "image/jpeg", "image/gif", "image/webp",
            "application/pdf", "text/plain", "text/csv",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.presentation", "application/msword", "application/x-tika-msoffice",
            "application/epub+zip");

    /** Types that can run code on a computer or in a browser. */
    public static final Set<String> EXECUTABLE = Set.of(
            "application/x-msdownload", "application/x-dosexec", "application/x-executable", "application/x-elf",
            "application/x-sharedlib", "application/x-mach-o-executable", "application/x-sh", "application/x-bat",
            "application/java-archive", "application/x-java-archive", "application/vnd.microsoft.portable-executable",
            "text/html", "application/xhtml+xml", "image/svg+xml", "application/javascript", "text/javascript",
            "application/x-msi", "application/vnd.android.package-archive");

    /** Formats that are containers of other formats. */
    private static final Set<String> CONTAINERS = Set.of("application/zip", "application/x-tika-ooxml",
            "application/x-tika-msoffice");

    /** Names whose content is the same format as another name's ({@code .jpg} and {@code .jpeg}). */
    private static final Map<String, String> SAME_AS = Map.of("application/x-tika-msoffice", "application/msword",
            "application/x-tika-ooxml", "application/zip");

    private final Tika tika = new Tika();
    private final MimeTypes mimeTypes = MimeTypes.getDefaultMimeTypes();

    public Result check(byte[] content, String filename) {
        String byContent = detect(content, null);
        if (CONTAINERS.contains(byContent)) {
            // zip and OLE containers: the bytes say "container", the name says which document format;
            // tika-core does not open containers, so a renamed arbitrary zip passes as that format
            String refined = detect(content, filename);
            if (ALLOWED.contains(refined)) {
                byContent = refined;
            }
        }
        if (EXECUTABLE.contains(byContent) || isExecutableName(filename)) {
            return new Result(byContent, "executable", "Programs and web pages cannot be attached.");
        }
        if (!ALLOWED.contains(byContent)) {
            return new Result(byContent, "type-not-allowed", "Files of type " + byContent + " cannot be attached.");
        }
        String byName = byName(filename);
        if (byName != null && byContent.equals("text/plain") && ALLOWED.contains(byName)
                && mimeTypes.getMediaTypeRegistry().isSpecializationOf(MediaType.parse(byName), MediaType.TEXT_PLAIN)) {
            // plain text bytes say nothing more; the name tells which text format (CSV)
            return new Result(byName, null, null);
        }
        if (byName != null && !compatible(byName, byContent)) {
            return new Result(byContent, "type-mismatch",
                    "The file is named like " + byName + " but its content is " + byContent + ".");
        }
        return new Result(byContent, null, null);
    }

    /** The media type from the bytes (and, to tell apart zip-based office formats, the name). */
    public String detect(byte[] content, String filename) {
        try {
            Metadata metadata = new Metadata();
            if (filename != null) {
                metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, filename);
            }
            return MediaType.parse(tika.detect(new ByteArrayInputStream(content), metadata)).getBaseType().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String byName(String filename) {
        if (filename == null || !filename.contains(".")) {
            return null;
        }
        String type = tika.detect(filename);
        return "application/octet-stream".equals(type) ? null : type;
    }

    private boolean compatible(String byName, String byContent) {
        if (byName.equals(byContent) || SAME_AS.getOrDefault(byContent, byContent).equals(byName)) {
            return true;
        }
        // office formats are zip files: the bytes alone say zip or x-tika-ooxml, the name tells which
        if (byContent.equals("application/zip") || byContent.equals("application/x-tika-ooxml")) {
            return byName.startsWith("application/vnd.") || byName.equals("application/epub+zip");
        }
        try {
            return mimeTypes.getMediaTypeRegistry().isSpecializationOf(MediaType.parse(byContent), MediaType.parse(byName))
                    || mimeTypes.forName(byName).getType().equals(MediaType.parse(byContent));
        } catch (MimeTypeException e) {
            return false;
        }
    }

    private static boolean isExecutableName(String filename) {
        if (filename == null) {
            return false;
        }
        String name = filename.toLowerCase(Locale.ROOT);
        for (String ext : new String[] {".exe", ".dll", ".bat", ".cmd", ".sh", ".js", ".jar", ".msi", ".apk", ".scr",
                ".com", ".ps1", ".vbs", ".html", ".htm", ".svg"}) {
            if (name.endsWith(ext)) {
                return true;
            }
        }
        return false;
    }
}
