package io.krmcp.verbs.rollout;

import java.util.Map;

import io.krmcp.kube.ApiException;
import io.krmcp.kube.CallTimeoutException;
import io.krmcp.kube.model.UnknownResourceTypeException;
import io.krmcp.verbs.DryRun;
import io.krmcp.verbs.Verb;
import io.krmcp.verbs.VerbContext;
import io.krmcp.verbs.VerbException;
import io.krmcp.verbs.VerbResult;
import io.krmcp.verbs.resource.ResourceVisitor;
import io.krmcp.verbs.resource.Visit;

/**
 * {@code kubectl rollout}: reads each object named (or selected), then hands it to the sub-verb; like kubectl, one
 * object's failure does not stop the others, and the errors are reported together.
 */
public final class RolloutVerb extends Verb<RolloutOptions> {

    static final String STRATEGIC = "application/strategic-merge-patch+json";

    private static final Map<String, RolloutSubVerb> SUB_VERBS = Map.of(
            "status", new RolloutStatus(),
            "history", new RolloutHistory(),
            "undo", new RolloutUndo(),
            "restart", new RolloutRestart(),
            "pause", new RolloutPause(true),
            "resume", new RolloutPause(false));

    public RolloutVerb() {
        super(RolloutFlags.SPEC, RolloutFlags::toOptions);
    }

    @Override
    protected VerbResult run(RolloutOptions options, VerbContext ctx, StringBuilder err)
            throws VerbException, ApiException, CallTimeoutException, UnknownResourceTypeException {
        RolloutSubVerb sub = SUB_VERBS.get(options.subVerb());
        String namespace = options.namespace().orElse(ctx.defaultNamespace());
        Visit visit = new ResourceVisitor(ctx, options.selection(), namespace)
                .reading(ResourceVisitor.Read.OBJECT)
                .visit(err, (object, out) -> {
                    try {
                        out.print(sub.run(object.type(), object.type().withTypeMeta(object.object()), options, ctx));
                    } catch (RolloutStatus.TimedOut e) {
                        out.print(e.printed);
                        throw new VerbException(e.getMessage());
                    }
                });
        if (visit.visited() == 0 && !visit.failed()) {
            return new VerbResult("", "No resources found in " + namespace + " namespace.\n", 0);
        }
        return new VerbResult(visit.out(), visit.err(), visit.failed() || visit.visited() == 0 ? 1 : 0);
    }

    static Map<String, String> dryRunQuery(RolloutOptions options) {
        return options.dryRun() == DryRun.SERVER ? Map.of("dryRun", "All") : Map.of();
    }
}
