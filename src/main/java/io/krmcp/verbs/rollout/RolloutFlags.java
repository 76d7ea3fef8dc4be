package io.krmcp.verbs.rollout;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import io.krmcp.command.FlagSpec;
import io.krmcp.command.GoDuration;
import io.krmcp.command.ParsedCommand;
import io.krmcp.command.VerbSpec;
import io.krmcp.output.OutputFormat;
import io.krmcp.output.PrintFlags;
import io.krmcp.output.PrinterFamily;
import io.krmcp.verbs.DryRun;
import io.krmcp.verbs.VerbException;
import io.krmcp.verbs.resource.CommonFlags;
import io.krmcp.verbs.resource.Selection;

/** {@code kubectl rollout SUBCOMMAND}'s flags (shared by its sub-verbs, as their flag sets overlap) and validation. */
public final class RolloutFlags {

    static final FlagSpec WATCH = FlagSpec.bool("watch", "status: wait until the rollout is done (within the call's "
            + "deadline)").shorthand('w').defaultValue("true");
    static final FlagSpec TIMEOUT = FlagSpec.duration("timeout", "0s", "status: how long to wait; 0 means until the "
            + "call's deadline");
    static final FlagSpec REVISION = FlagSpec.integer("revision", "0",
            "status: the revision to expect; history: the revision to show in detail");
    static final FlagSpec TO_REVISION = FlagSpec.integer("to-revision", "0", "undo: the revision to return to; 0 is "
            + "the previous one");
    static final PrintFlags PRINTING = PrintFlags.of(PrinterFamily.NAME);

    public static final VerbSpec SPEC = VerbSpec.writing("rollout", "manage the rollout of deployments, daemonsets "
            + "and statefulsets: status, history, undo, restart, pause, resume", WATCH, TIMEOUT, REVISION, TO_REVISION,
            CommonFlags.SELECTOR, CommonFlags.output(PRINTING), DryRun.FLAG);

    static final List<String> SUB_VERBS = List.of("history", "pause", "restart", "resume", "status", "undo");
    /** Sub-verbs that only read: an allowlist of just these leaves the kubectl tool read-only. */
    public static final Set<String> READ_ONLY_SUB_VERBS = Set.of("history", "status");

    private RolloutFlags() {
    }

    static RolloutOptions toOptions(ParsedCommand cmd, StringBuilder warnings) throws VerbException {
        List<String> args = cmd.positionals();
        if (args.isEmpty() || !SUB_VERBS.contains(args.get(0))) {
            String given = args.isEmpty() ? "" : " \"" + args.get(0) + "\"";
            throw VerbException.usage("error: unknown rollout subcommand" + given + "; use one of: "
                    + String.join(", ", SUB_VERBS));
        }
        String sub = args.get(0);
        List<String> resources = args.subList(1, args.size());
        if (resources.isEmpty()) {
            throw VerbException.usage("error: required resource not specified");
        }
        Selection selection = Selection.of(cmd, resources, Selection.Need.NAMES_OR_SELECTOR);
        int revision = cmd.integer(REVISION.name()).orElse(0);
        if (revision < 0) {
            throw VerbException.usage("error: revision must be a positive integer: " + revision);
        }
        OutputFormat output = CommonFlags.outputFormat(cmd, PRINTING);
        Duration timeout = GoDuration.parse(cmd.string(TIMEOUT.name()).orElse("0s"));
        return new RolloutOptions(sub, selection, CommonFlags.namespace(cmd), cmd.bool(WATCH.name()), timeout,
                revision, cmd.integer(TO_REVISION.name()).orElse(0), output.is("name"),
                DryRun.parse(cmd.string(DryRun.FLAG.name()), warnings));
    }
}
