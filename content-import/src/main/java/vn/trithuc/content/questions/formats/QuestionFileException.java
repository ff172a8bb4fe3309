package vn.trithuc.content.questions.formats;

/** A question file that cannot be read at all: the file, the line (0 when unknown) and the reason. */
public class QuestionFileException extends RuntimeException {

    private final String file;
    private final int line;

    public QuestionFileException(String file, int line, String reason) {
        super((file == null ? "" : file + ": ") + (line > 0 ? "line " + line + ": " : "") + reason);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }
}
