package io.krmcp.verbs.cordon;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import io.krmcp.command.FlagSpec;
import io.krmcp.command.ParsedCommand;
import io.krmcp.command.VerbSpec;
import io.krmcp.kube.ApiException;
import io.krmcp.kube.CallTimeoutException;
import io.krmcp.verbs.DryRun;
import io.krmcp.verbs.Verb;
import io.krmcp.verbs.VerbContext;
import io.krmcp.verbs.VerbException;
import io.krmcp.verbs.VerbResult;
import io.krmcp.verbs.workload.NodeCordon;
import io.krmcp.verbs.workload.NodeTargets;

/**
 * {@code kubectl cordon} and {@code uncordon}: nodes by name or {@code -l}, {@code spec.unschedulable} set or
 * cleared by a strategic merge patch, {@code node/x cordoned} or {@code node/x already cordoned}.
 */
public final class CordonVerb implements Verb {

    static final FlagSpec SELECTOR = FlagSpec.string("selector", "label selector of the nodes").shorthand('l');

    private final boolean cordon;
    private final VerbSpec spec;

    public CordonVerb(boolean cordon) {
        this.cordon = cordon;
        this.spec = VerbSpec.writing(cordon ? "cordon" : "uncordon", cordon ? "mark nodes unschedulable"
                : "mark nodes schedulable", SELECTOR, DryRun.FLAG).nodeWide();
    }

    @Override
    public VerbSpec spec() {
        return spec;
    }

    @Override
    public VerbResult run(ParsedCommand command, VerbContext ctx)
            throws VerbException, ApiException, CallTimeoutException {
        StringBuilder err = new StringBuilder();
        DryRun dryRun = DryRun.parse(command.string(DryRun.FLAG.name()), err);
        Optional<String> selector = command.string(SELECTOR.name()).filter(s -> !s.isEmpty());
        List<String> names = NodeTargets.names(command.positionals());
        if (names.isEmpty() == selector.isEmpty()) {
            throw VerbException.usage(names.isEmpty() ? "error: USAGE: " + spec.name() + " NODE [flags]"
                    : "error: name cannot be provided when a selector is specified");
        }
        NodeTargets targets = NodeTargets.find(ctx, names, selector, err);
        StringBuilder out = new StringBuilder();
        for (JsonNode node : targets.nodes()) {
            out.append(NodeCordon.apply(ctx, node, cordon, dryRun)).append('\n');
        }
        boolean failed = targets.someMissing();
        return new VerbResult(out.toString(), err.toString(), failed ? 1 : 0);
    }
}
