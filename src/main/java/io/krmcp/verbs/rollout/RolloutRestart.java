package io.krmcp.verbs.rollout;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.krmcp.kube.ApiException;
import io.krmcp.kube.CallTimeoutException;
import io.krmcp.kube.model.KubeObject;
import io.krmcp.kube.model.ResourceType;
import io.krmcp.verbs.DryRun;
import io.krmcp.verbs.VerbContext;
import io.krmcp.verbs.VerbException;

/**
 * {@code rollout restart}: stamps {@code kubectl.kubernetes.io/restartedAt} on the pod template, so the controller
 * replaces every pod, as kubectl does; deployments, daemonsets and statefulsets, never a paused deployment.
 */
final class RolloutRestart implements RolloutSubVerb {

    static final String ANNOTATION = "kubectl.kubernetes.io/restartedAt";
    private static final Set<String> KINDS = Set.of("Deployment", "DaemonSet", "StatefulSet");

    @Override
    public String run(ResourceType type, JsonNode object, RolloutOptions options, VerbContext ctx)
            throws VerbException, ApiException, CallTimeoutException {
        if (!KINDS.contains(type.kind())) {
            throw RolloutSubVerb.refused(type, object, "restarting is not supported");
        }
        if (type.kind().equals("Deployment") && object.path("spec").path("paused").asBoolean(false)) {
            throw RolloutSubVerb.refused(type, object, "can't restart paused deployment (run rollout resume first)");
        }
        String now = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(ctx.clock().instant().truncatedTo(ChronoUnit.SECONDS)
                .atOffset(ZoneOffset.UTC));
        if (now.equals(object.path("spec").path("template").path("metadata").path("annotations").path(ANNOTATION)
                .asText())) {
            throw new VerbException("error: failed to create patch for " + object.path("metadata").path("name")
                    .asText() + ": if restart has already been triggered within the past second, please wait before "
                    + "attempting to trigger another");
        }
        if (options.dryRun() != DryRun.CLIENT) {
            ObjectNode patch = ctx.api().json().createObjectNode();
            patch.putObject("spec").putObject("template").putObject("metadata").putObject("annotations")
                    .put(ANNOTATION, now);
            ctx.api().send("PATCH", type.objectPath(object.path("metadata").path("namespace").asText(null),
                    KubeObject.name(object)), RolloutVerb.dryRunQuery(options),
                    RolloutVerb.STRATEGIC, patch.toString(), ctx.deadline());
        }
        return RolloutSubVerb.printed(type, object, "restarted", options);
    }
}
