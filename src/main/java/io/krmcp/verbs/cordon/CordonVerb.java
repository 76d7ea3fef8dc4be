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
public final class CordonVerb implements Verb {

    private final boolean cordon;
    private final VerbSpec spec;

    public CordonVerb(boolean cordon) {
        this.cordon = cordon;
        this.spec = VerbSpec.writing(cordon ? "cordon" : "uncordon", cordon ? "mark nodes unschedulable"
                : "mark nodes schedulable", CommonFlags.SELECTOR, DryRun.FLAG).nodeWide();
    }

    @Override
    public VerbSpec spec() {
        return spec;
    }

    /** The Flags → Options step: names or {@code -l}, never both, and the dry-run mode. */
    CordonOptions toOptions(ParsedCommand command, StringBuilder warnings) throws VerbException {
        DryRun dryRun = DryRun.parse(command.string(DryRun.FLAG.name()), warnings);
        Optional<String> selector = CommonFlags.selector(command);
        if (command.positionals().isEmpty() == selector.isEmpty()) {
            throw VerbException.usage(command.positionals().isEmpty() ? "error: USAGE: " + spec.name()
                    + " NODE [flags]" : "error: name cannot be provided when a selector is specified");
        }
        return new CordonOptions(NodeTargets.selection(command.positionals(), selector), dryRun);
    }

    @Override
    public VerbResult run(ParsedCommand command, VerbContext ctx)
            throws VerbException, ApiException, CallTimeoutException, UnknownResourceTypeException {
        StringBuilder err = new StringBuilder();
        CordonOptions options = toOptions(command, err);
        return new ResourceVisitor(ctx, options.nodes(), ctx.defaultNamespace())
                .reading(ResourceVisitor.Read.OBJECT)
                .visit(err, (node, out) -> out.print(NodeCordon.apply(ctx, node.object(), cordon, options.dryRun())
                        + "\n"))
                .result();
    }
}
