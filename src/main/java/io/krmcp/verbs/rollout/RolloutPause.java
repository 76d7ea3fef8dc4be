package io.krmcp.verbs.rollout;

import com.fasterxml.jackson.databind.JsonNode;

import io.krmcp.kube.ApiException;
import io.krmcp.kube.CallTimeoutException;
import io.krmcp.kube.model.KubeObject;
import io.krmcp.kube.model.ResourceType;
import io.krmcp.verbs.DryRun;
import io.krmcp.verbs.VerbContext;
import io.krmcp.verbs.VerbException;

/** {@code rollout pause} and {@code rollout resume}: {@code spec.paused} on deployments, the only kind kubectl allows. */
final class RolloutPause implements RolloutSubVerb {

    private final boolean pause;

    RolloutPause(boolean pause) {
        this.pause = pause;
    }

    @Override
    public String run(ResourceType type, JsonNode object, RolloutOptions options, VerbContext ctx)
            throws VerbException, ApiException, CallTimeoutException {
        if (!type.kind().equals("Deployment")) {
            throw RolloutSubVerb.refused(type, object, pause ? "pausing is not supported" : "resuming is not supported");
        }
        boolean paused = object.path("spec").path("paused").asBoolean(false);
        if (pause && paused) {
            throw RolloutSubVerb.refused(type, object, "is already paused");
        }
        if (!pause && !paused) {
            throw RolloutSubVerb.refused(type, object, "is not paused");
        }
        if (options.dryRun() != DryRun.CLIENT) {
            // As kubectl's computed strategic patch: resuming clears the field, since false is its zero value.
            ctx.api().send("PATCH", type.objectPath(object.path("metadata").path("namespace").asText(null),
                    KubeObject.name(object)), RolloutVerb.dryRunQuery(options),
                    RolloutVerb.STRATEGIC, pause ? "{\"spec\":{\"paused\":true}}" : "{\"spec\":{\"paused\":null}}",
                    ctx.deadline());
        }
        return RolloutSubVerb.printed(type, object, pause ? "paused" : "resumed", options);
    }
}
