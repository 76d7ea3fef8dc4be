package io.krmcp.verbs.workload;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.krmcp.kube.ApiException;
import io.krmcp.kube.CallTimeoutException;
import io.krmcp.kube.model.KnownTypes;
import io.krmcp.kube.model.KubeObject;
import io.krmcp.verbs.DryRun;
import io.krmcp.verbs.VerbContext;

/**
 * Marking a node (un)schedulable, as {@code cordon}, {@code uncordon} and the first step of {@code drain} do: a
 * strategic merge patch of {@code spec.unschedulable}, skipped when the node is already in the wanted state.
 */
public final class NodeCordon {

    private NodeCordon() {
    }

    /** Applies the change and returns kubectl's line for it: {@code node/x cordoned}, {@code node/x already cordoned}. */
    public static String apply(VerbContext ctx, JsonNode node, boolean cordon, DryRun dryRun)
            throws ApiException, CallTimeoutException {
        String name = KubeObject.name(node);
        String done = cordon ? "cordoned" : "uncordoned";
        if (node.path("spec").path("unschedulable").asBoolean(false) == cordon) {
            return "node/" + name + " already " + done;
        }
        if (dryRun != DryRun.CLIENT) {
            ctx.api().send("PATCH", KnownTypes.NODES.objectPath(null, name), dryRun == DryRun.SERVER
                            ? Map.of("dryRun", "All") : Map.of(), "application/strategic-merge-patch+json",
                    cordon ? "{\"spec\":{\"unschedulable\":true}}" : "{\"spec\":{\"unschedulable\":null}}",
                    ctx.deadline());
        }
        return "node/" + name + " " + done + dryRun.suffix();
    }
}
