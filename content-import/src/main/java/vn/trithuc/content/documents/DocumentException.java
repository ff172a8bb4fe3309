package vn.trithuc.content.documents;

/**
 * A document that cannot be converted, with a stable {@link #code()} for APIs and a message that
 * names the file and says what to do.
 */
public final class DocumentException extends RuntimeException {

    private final String code;
    private final String file;

    public DocumentException(String code, String file, String message) {
        super(file + ": " + message);
        this.code = code;
        this.file = file;
    }

    public DocumentException(String code, String file, String message, Throwable cause) {
        super(file + ": " + message, cause);
        this.code = code;
        this.file = file;
    }

    /**
     * What went wrong: {@code empty}, {@code too-large}, {@code executable}, {@code unsupported-type},
     * {@code encrypted}, {@code too-many-pages}, {@code too-long}, {@code zip-bomb}, {@code timeout}
     * or {@code malformed}.
     */
    public String code() {
        return code;
    }

    /** The HTTP status an API answers with: 413 too large, 415 not a document we read, else 422. */
    public int httpStatus() {
        return switch (code) {
            case "too-large" -> 413;
            case "executable", "unsupported-type" -> 415;
            default -> 422;
        };
    }

    /** The file's name as given. */
    public String file() {
        return file;
    }
}
