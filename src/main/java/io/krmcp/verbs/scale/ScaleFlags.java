package io.krmcp.verbs.scale;

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

/** {@code kubectl scale}'s flags and their validation into {@link ScaleOptions}, with kubectl's messages. */
public final class ScaleFlags {

    static final FlagSpec REPLICAS = FlagSpec.integer("replicas", "-1", "the new number of replicas (required)");
    static final FlagSpec CURRENT_REPLICAS = FlagSpec.integer("current-replicas", "-1",
            "precondition: scale only if the current replicas are this many");
    static final FlagSpec RESOURCE_VERSION = FlagSpec.string("resource-version",
            "precondition: scale only if the object's resourceVersion is this");
    static final PrintFlags PRINTING = PrintFlags.of(PrinterFamily.NAME);

    public static final VerbSpec SPEC = VerbSpec.writing("scale",
            "set the replicas of deployments, replicasets, statefulsets, replicationcontrollers or custom resources "
                    + "with a scale subresource", REPLICAS, CURRENT_REPLICAS, RESOURCE_VERSION, CommonFlags.SELECTOR, CommonFlags.ALL,
            CommonFlags.output(PRINTING), DryRun.FLAG);

    private ScaleFlags() {
    }

    static ScaleOptions toOptions(ParsedCommand cmd, StringBuilder warnings) throws VerbException {
        int replicas = cmd.integer(REPLICAS.name()).orElse(-1);
        if (replicas < 0) {
            throw VerbException.usage("error: The --replicas=COUNT flag is required, and COUNT must be greater than "
                    + "or equal to 0");
        }
        int current = cmd.integer(CURRENT_REPLICAS.name()).orElse(-1);
        if (current < -1) {
            throw VerbException.usage("error: The --current-replicas must specify an integer of -1 or greater");
        }
        Selection selection = Selection.of(cmd, cmd.positionals(), Selection.Need.NAMES_OR_SELECTOR);
        OutputFormat output = CommonFlags.outputFormat(cmd, PRINTING);
        return new ScaleOptions(selection, CommonFlags.namespace(cmd), replicas, current,
                cmd.string(RESOURCE_VERSION.name()).filter(s -> !s.isEmpty()), output.is("name"),
                DryRun.parse(cmd.string(DryRun.FLAG.name()), warnings));
    }
}
