package io.krmcp.verbs;

import io.krmcp.command.ParsedCommand;

/**
 * A verb could not run: bad usage, or a failure kubectl words in its own way (no pods behind a workload). The
 * message is the text kubectl prints for the same failure. API errors, the deadline and unknown types have their
 * own exceptions.
 */
public class VerbException extends Exception {

    public VerbException(String message) {
        super(message, null, false, false);
    }

    /** Refuses positional arguments a verb does not take ({@code version}, {@code api-versions}, ...). */
    public static void requireNoArguments(ParsedCommand command) throws VerbException {
        if (!command.positionals().isEmpty()) {
            throw usage("error: unexpected arguments: " + String.join(" ", command.positionals()));
        }
    }

    /** A usage error found while validating options, with kubectl's message. */
    public static VerbException usage(String message) {
        return new VerbException(message);
    }
}
