package io.krmcp.verbs;

import java.util.Optional;

import io.krmcp.command.FlagSpec;

/** kubectl's {@code --dry-run}: none, client (nothing is sent) or server (the server validates, stores nothing). */
public enum DryRun {
    NONE, CLIENT, SERVER;

    /** {@code --dry-run} alone means {@code unchanged}, which kubectl reads as client, with a deprecation warning. */
    public static final FlagSpec FLAG = FlagSpec.string("dry-run",
            "must be \"none\", \"server\", or \"client\": client only prints what would be sent, server submits "
                    + "without persisting").defaultValue("none").bare("unchanged");

    /** {@code cmdutil.GetDryRunStrategy}, including its handling of the old boolean values. */
    public static DryRun parse(Optional<String> value, StringBuilder warnings) throws VerbException {
        String v = value.orElse("none");
        switch (v) {
            case "none":
                return NONE;
            case "client":
                return CLIENT;
            case "server":
                return SERVER;
            case "unchanged":
                warnings.append("W: --dry-run is deprecated and can be replaced with --dry-run=client.\n");
                return CLIENT;
            case "true":
                warnings.append("W: --dry-run=true is deprecated (boolean value) and can be replaced with "
                        + "--dry-run=client.\n");
                return CLIENT;
            case "false":
                warnings.append("W: --dry-run=false is deprecated (boolean value) and can be replaced with "
                        + "--dry-run=none.\n");
                return NONE;
            default:
                throw VerbException.usage("error: Invalid dry-run value (" + v
                        + "). Must be \"none\", \"server\", or \"client\".");
        }
    }

    /** What kubectl appends to the operation it prints: {@code deleted (server dry run)}. */
    public String suffix() {
        return switch (this) {
            case NONE -> "";
            case CLIENT -> " (dry run)";
            case SERVER -> " (server dry run)";
        };
    }
}
