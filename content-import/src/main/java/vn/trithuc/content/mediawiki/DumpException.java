package vn.trithuc.content.mediawiki;

/** A dump that cannot be read, with the file and the position where reading stopped. */
public class DumpException extends RuntimeException {

    private final String file;
    private final int line;
    private final int column;

    public DumpException(String file, int line, int column, String reason) {
        super(file + (line > 0 ? ", line " + line + (column > 0 ? ", column " + column : "") : "") + ": " + reason);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
