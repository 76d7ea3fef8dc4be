package io.krmcp.verbs.delete;

import io.krmcp.command.FlagSpec;
import io.krmcp.command.ParsedCommand;
import io.krmcp.command.VerbSpec;
import io.krmcp.output.OutputFormat;
import io.krmcp.output.PrintFlags;
import io.krmcp.output.PrinterFamily;
import io.krmcp.verbs.DryRun;
import io.krmcp.verbs.VerbException;
import io.krmcp.verbs.resource.CommonFlags;
import io.krmcp.verbs.resource.Selection;

/** {@code kubectl delete}'s flags and their validation into {@link DeleteOptions}, with kubectl's messages. */
public final class DeleteFlags {

    static final PrintFlags PRINTING = PrintFlags.of(PrinterFamily.NAME)
            .refusing(format -> "error: unexpected -o output mode: " + format + ". We only support '-o name'");
    static final FlagSpec GRACE_PERIOD = FlagSpec.integer("grace-period", "-1",
            "seconds given to terminate gracefully; -1 uses the object's default, 0 only with --force");
    static final FlagSpec FORCE = FlagSpec.bool("force", "delete at once without waiting for termination");
    static final FlagSpec NOW = FlagSpec.bool("now", "signal immediate shutdown (same as --grace-period=1)");
    static final FlagSpec CASCADE = FlagSpec.string("cascade", "background, foreground or orphan dependents")
            .defaultValue("background").bare("background");
    static final FlagSpec IGNORE_NOT_FOUND = FlagSpec.bool("ignore-not-found",
            "treat missing objects as success (the default with -l, --field-selector or --all)");
    static final FlagSpec WAIT = FlagSpec.bool("wait", "wait for the objects to be gone, within the call's deadline")
            .defaultValue("true");

    public static final VerbSpec SPEC = VerbSpec.writing("delete", "delete resources by name, label or field selector",
            CommonFlags.ALL, CommonFlags.SELECTOR, CommonFlags.FIELD_SELECTOR, CommonFlags.ALL_NAMESPACES, GRACE_PERIOD,
            FORCE, NOW, CASCADE, IGNORE_NOT_FOUND, WAIT, CommonFlags.output(PRINTING), DryRun.FLAG);

    private DeleteFlags() {
    }

    /** kubectl's {@code Complete} and {@code Validate}; warnings kubectl prints go to {@code warnings}. */
    static DeleteOptions toOptions(ParsedCommand cmd, StringBuilder warnings) throws VerbException {
        OutputFormat output = CommonFlags.outputFormat(cmd, PRINTING);
        Selection selection = Selection.of(cmd, cmd.positionals(), Selection.Need.NAMES_OR_SELECTOR);
        int grace = cmd.integer(GRACE_PERIOD.name()).orElse(-1);
        boolean force = cmd.bool(FORCE.name());
        if (cmd.bool(NOW.name())) {
            if (grace != -1) {
                throw VerbException.usage("error: --now and --grace-period cannot be specified together");
            }
            grace = 1;
        }
        if (grace == 0 && !force) {
            grace = 1; // kubectl's guard against accidental data loss: --grace-period=0 needs --force
        }
        if (force && grace < 0) {
            grace = 0;
        }
        if (grace > 0 && force) {
            throw VerbException.usage("error: --force and --grace-period greater than 0 cannot be specified together");
        }
        if (grace == 0 && force) {
            warnings.append("Warning: Immediate deletion does not wait for confirmation that the running resource has "
                    + "been terminated. The resource may continue to run on the cluster indefinitely.\n");
        }
        boolean ignoreNotFound = cmd.has(IGNORE_NOT_FOUND.name()) ? cmd.bool(IGNORE_NOT_FOUND.name())
                : !selection.named();
        return new DeleteOptions(selection, CommonFlags.namespace(cmd), grace,
                cascade(cmd.string(CASCADE.name()).orElse("background"), warnings), ignoreNotFound,
                cmd.bool(WAIT.name()), output.is("name"), DryRun.parse(cmd.string(DryRun.FLAG.name()), warnings));
    }

    /** {@code GetCascadingStrategy}: the propagation policy sent, with kubectl's handling of old booleans. */
    static String cascade(String value, StringBuilder warnings) throws VerbException {
        switch (value) {
            case "background":
                return "Background";
            case "foreground":
                return "Foreground";
            case "orphan":
                return "Orphan";
            case "true":
                warnings.append("W: --cascade=true is deprecated (boolean value) and can be replaced with "
                        + "--cascade=background.\n");
                return "Background";
            case "false":
                warnings.append("W: --cascade=false is deprecated (boolean value) and can be replaced with "
                        + "--cascade=orphan.\n");
                return "Orphan";
            default:
                throw VerbException.usage("error: invalid cascade value (" + value
                        + "). Must be \"background\", \"foreground\", or \"orphan\"");
        }
    }
}
