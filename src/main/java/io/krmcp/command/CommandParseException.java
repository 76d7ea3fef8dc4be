package io.krmcp.command;

/**
 * The argument list does not fit kubectl's grammar or names something this server refuses to parse. The message is
 * written for the agent: it names what was wrong and what is allowed.
 */
public final class CommandParseException extends Exception {

    /** Why parsing stopped; the policy reports each with its own wording. */
    public enum Reason {
        UNKNOWN_VERB, UNSUPPORTED_VERB, UNKNOWN_FLAG, IDENTITY_FLAG, BAD_VALUE, MISSING_VALUE
    }

    private final Reason reason;
    private final String flag;

    public CommandParseException(Reason reason, String message) {
        this(reason, null, message);
    }

    public CommandParseException(Reason reason, String flag, String message) {
        super(message, null, false, false);
        this.reason = reason;
        this.flag = flag;
    }

    public Reason reason() {
        return reason;
    }

    /** The normalised long flag name involved, or the verb token for verb errors. */
    public String flag() {
        return flag;
    }
}
