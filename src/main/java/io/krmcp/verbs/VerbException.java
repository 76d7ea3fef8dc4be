package io.krmcp.verbs;

/**
 * A verb could not run: bad usage, or a failure kubectl words in its own way (no pods behind a workload). The
 * message is the text kubectl prints for the same failure. API errors, the deadline and unknown types have their
 * own exceptions.
 */
public class VerbException extends Exception {

    public VerbException(String message) {
        super(message, null, false, false);
    }

    /** A usage error found while validating options, with kubectl's message. */
    public static VerbException usage(String message) {
        return new VerbException(message);
    }
}
