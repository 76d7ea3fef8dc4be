package io.krmcp.verbs.cordon;

import java.util.Optional;

import io.krmcp.command.ParsedCommand;
import io.krmcp.command.VerbSpec;
import io.krmcp.kube.ApiException;
import io.krmcp.kube.CallTimeoutException;
import io.krmcp.kube.model.UnknownResourceTypeException;
import io.krmcp.verbs.DryRun;
import io.krmcp.verbs.Verb;
import io.krmcp.verbs.VerbContext;
import io.krmcp.verbs.VerbException;
import io.krmcp.verbs.VerbResult;
import io.krmcp.verbs.resource.CommonFlags;
import io.krmcp.verbs.resource.ResourceVisitor;
import io.krmcp.verbs.workload.NodeCordon;
import io.krmcp.verbs.workload.NodeTargets;

/**
 * {@code kubectl cordon} and {@code uncordon}: nodes by name or {@code -l}, {@code spec.unschedulable} set or
 * cleared by a strategic merge patch, {@code node/x cordoned} or {@code node/x already cordoned}.
 */
public final class CordonVerb extends Verb<CordonOptions> {

    private final boolean cordon;

    public CordonVerb(boolean cordon) {
        super(spec(cordon), (command, warnings) -> toOptions(cordon ? "cordon" : "uncordon", command, warnings));
        this.cordon = cordon;
    }

    private static VerbSpec spec(boolean cordon) {
        return VerbSpec.writing(cordon ? "cordon" : "uncordon", cordon ? "mark nodes unschedulable"
                : "mark nodes schedulable", CommonFlags.SELECTOR, DryRun.FLAG).nodeWide();
    }

    /** The Flags → Options step: names or {@code -l}, never both, and the dry-run mode. */
    static CordonOptions toOptions(String verb, ParsedCommand command, StringBuilder warnings) throws VerbException {
        DryRun dryRun = DryRun.parse(command.string(DryRun.FLAG.name()), warnings);
        Optional<String> selector = CommonFlags.selector(command);
        if (command.positionals().isEmpty() == selector.isEmpty()) {
            throw VerbException.usage(command.positionals().isEmpty() ? "error: USAGE: " + verb
                    + " NODE [flags]" : "error: name cannot be provided when a selector is specified");
        }
        return new CordonOptions(NodeTargets.selection(command.positionals(), selector), dryRun);
    }

    @Override
    protected VerbResult run(CordonOptions options, VerbContext ctx, StringBuilder err)
            throws VerbException, ApiException, CallTimeoutException, UnknownResourceTypeException {
        return new ResourceVisitor(ctx, options.nodes(), ctx.defaultNamespace())
                .reading(ResourceVisitor.Read.OBJECT)
                .visit(err, (node, out) -> out.print(NodeCordon.apply(ctx, node.object(), cordon, options.dryRun())
                        + "\n"))
                .result();
    }
}
