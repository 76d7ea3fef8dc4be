package io.krmcp.verbs.drain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.krmcp.command.GoDuration;
import io.krmcp.command.VerbSpec;
import io.krmcp.kube.ApiException;
import io.krmcp.kube.CallTimeoutException;
import io.krmcp.kube.Deadline;
import io.krmcp.kube.model.KnownTypes;
import io.krmcp.kube.model.KubeObject;
import io.krmcp.kube.model.UnknownResourceTypeException;
import io.krmcp.verbs.DryRun;
import io.krmcp.verbs.Verb;
import io.krmcp.verbs.VerbContext;
import io.krmcp.verbs.VerbException;
import io.krmcp.verbs.VerbResult;
import io.krmcp.verbs.resource.ResourceVisitor;
import io.krmcp.verbs.resource.Visit;
import io.krmcp.verbs.workload.NodeCordon;

/**
 * {@code kubectl drain NODE}: cordon, then evict the node's pods through the Eviction API (honouring
 * PodDisruptionBudgets), with kubectl's filters, warnings, lines and errors. The call's deadline bounds the whole
 * drain; when it (or {@code --timeout}) is reached the output says which pods were evicted and which remain.
 */
public final class DrainVerb extends Verb<DrainFlags> {

    public static final VerbSpec SPEC = VerbSpec.writing("drain", "cordon a node and evict its pods (honours "
            + "PodDisruptionBudgets)", DrainFlags.ALL).nodeWide();
    /** Kept back from the call's deadline so a cut-short drain can still list what remains. */
    private static final Duration REPORT_RESERVE = Duration.ofMillis(1500);

    public DrainVerb() {
        super(SPEC, DrainFlags::of);
    }

    @Override
    protected VerbResult run(DrainFlags flags, VerbContext ctx, StringBuilder err)
            throws VerbException, ApiException, CallTimeoutException, UnknownResourceTypeException {
        List<String> cordoned = new ArrayList<>();
        Visit visit = new ResourceVisitor(ctx, flags.nodes(),
                ctx.defaultNamespace())
                .reading(ResourceVisitor.Read.OBJECT)
                .visit(err, (node, printed) -> {
                    printed.print(NodeCordon.apply(ctx, node.object(), true, flags.dryRun()) + "\n");
                    cordoned.add(node.name());
                });
        StringBuilder out = new StringBuilder(visit.out());
        List<List<String>> fatal = new ArrayList<>();
        List<String> remaining = new ArrayList<>();
        for (String name : cordoned) {
            List<String> errors = drainNode(ctx, flags, name, out, err);
            if (errors.isEmpty()) {
                out.append("node/").append(name).append(" drained").append(flags.dryRun().suffix()).append('\n');
            } else {
                err.append("error: unable to drain node \"").append(name).append("\" due to error: ")
                        .append(aggregate(errors)).append(", continuing command...\n");
                fatal.add(errors);
                remaining.add(name);
            }
        }
        if (!remaining.isEmpty()) {
            err.append("There are pending nodes to be drained:\n");
            remaining.forEach(n -> err.append(' ').append(n).append('\n'));
            // kubectl's CheckErr: one failed node prints each of its errors on a line, several print one line each
            List<String> lines = fatal.size() == 1 ? fatal.get(0)
                    : fatal.stream().map(DrainVerb::aggregate).toList();
            lines.forEach(line -> err.append(line).append('\n'));
        }
        return new VerbResult(out.toString(), err.toString(), fatal.isEmpty() && !visit.failed() ? 0 : 1);
    }

    /** Drains one node; returns no errors when every pod went, else kubectl's errors for the node. */
    private static List<String> drainNode(VerbContext ctx, DrainFlags flags, String node, StringBuilder out,
                                    StringBuilder err) throws ApiException, VerbException, CallTimeoutException {
        PodFilters filters = new PodFilters(flags, ctx);
        List<PodFilters.Classified> pods = filters.classify(podsOn(ctx, flags, node));
        List<String> errors = PodFilters.errors(pods);
        if (!errors.isEmpty()) {
            return errors;
        }
        String warnings = PodFilters.warnings(pods);
        if (!warnings.isEmpty()) {
            err.append("Warning: ").append(warnings).append('\n');
        }
        List<JsonNode> toRemove = pods.stream().filter(c -> c.verdict().delete()).map(PodFilters.Classified::pod)
                .toList();
        if (flags.dryRun() == DryRun.CLIENT) {
            for (JsonNode pod : toRemove) {
                out.append("evicting pod ").append(KubeObject.namespace(pod)).append('/')
                        .append(KubeObject.name(pod)).append(" (dry run)\n");
            }
            return List.of();
        }
        Duration callLeft = ctx.deadline().remaining().minus(REPORT_RESERVE);
        boolean byTimeoutFlag = !flags.timeout().isZero() && flags.timeout().compareTo(callLeft) <= 0;
        Duration limit = byTimeoutFlag ? flags.timeout() : callLeft.isNegative() ? Duration.ZERO : callLeft;
        String limitText = byTimeoutFlag ? GoDuration.format(flags.timeout())
                : GoDuration.format(Duration.ofSeconds(ctx.deadline().total().getSeconds())) + " (KUBECTL_TIMEOUT)";
        List<String> failures = new Evictions(ctx, flags, out, err).run(toRemove, Deadline.in(limit), limitText);
        if (failures.isEmpty()) {
            return List.of();
        }
        String error = aggregate(failures);
        List<PodFilters.Classified> left = filters.classify(podsOn(ctx, flags, node));
        List<String> pending = left.stream().filter(c -> c.verdict().delete())
                .map(c -> "pod/" + KubeObject.name(c.pod())).toList();
        if (!pending.isEmpty()) {
            err.append("There are pending pods in node \"").append(node).append("\" when an error occurred: ")
                    .append(error).append('\n');
            pending.forEach(p -> err.append(p).append('\n'));
        }
        return failures;
    }

    /** The node's pods in every namespace, page by page, as kubectl lists them. */
    private static List<JsonNode> podsOn(VerbContext ctx, DrainFlags flags, String node)
            throws ApiException, CallTimeoutException {
        Map<String, String> query = new LinkedHashMap<>();
        flags.podSelector().ifPresent(s -> query.put("labelSelector", s));
        query.put("fieldSelector", "spec.nodeName=" + node);
        return ctx.api().listAll(KnownTypes.PODS.collectionPath(null), query, flags.chunkSize(), ctx.deadline());
    }

    /** Go's {@code utilerrors.NewAggregate(...).Error()}: one message alone, several in brackets. */
    private static String aggregate(List<String> errors) {
        return errors.size() == 1 ? errors.get(0) : "[" + String.join(", ", errors) + "]";
    }
}
