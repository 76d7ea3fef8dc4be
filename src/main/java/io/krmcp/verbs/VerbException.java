package io.krmcp.verbs;

/**
 * A verb could not run: bad usage, an unknown type, an API error or the deadline. The message is the text kubectl
 * prints for the same failure.
 */
public class VerbException extends Exception {

    /** Which family of failure, for the result's {@code error} field and the audit line. */
    public enum Kind {
        USAGE, API, TIMEOUT
    }

    private final Kind kind;

    public VerbException(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public static VerbException usage(String message) {
        return new VerbException(Kind.USAGE, message);
    }

    public Kind kind() {
        return kind;
    }
}
