package vn.trithuc.launcher;

/** A startup failure with a message a person can act on; the launcher prints it without a stack trace. */
public class LaunchException extends RuntimeException {

    public LaunchException(String message) {
        super(message);
    }

    public LaunchException(String message, Throwable cause) {
        super(message, cause);
    }
}
