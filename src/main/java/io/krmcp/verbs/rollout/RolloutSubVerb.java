package io.krmcp.verbs.rollout;

import com.fasterxml.jackson.databind.JsonNode;

import io.krmcp.kube.ApiException;
import io.krmcp.kube.CallTimeoutException;
import io.krmcp.kube.model.KubeObject;
import io.krmcp.kube.model.ResourceType;
import io.krmcp.verbs.VerbContext;
import io.krmcp.verbs.VerbException;

/** One {@code kubectl rollout} sub-verb applied to one object; kubectl's per-kind refusals are its own. */
interface RolloutSubVerb {

    /**
     * @param object the object as just read
     * @return what kubectl prints for it on stdout
     * @throws VerbException with kubectl's message when the kind or state does not allow it
     */
    String run(ResourceType type, JsonNode object, RolloutOptions options, VerbContext ctx)
            throws VerbException, ApiException, CallTimeoutException;

    /** {@code deployment.apps/web restarted (server dry run)}: kubectl's name printer with an operation. */
    static String printed(ResourceType type, JsonNode object, String operation, RolloutOptions options) {
        String name = type.kindPrefix() + "/" + KubeObject.name(object);
        return options.nameOutput() ? name + "\n" : name + " " + operation + options.dryRun().suffix() + "\n";
    }

    /** kubectl's per-object error: {@code error: deployments.apps "web" is already paused}. */
    static VerbException refused(ResourceType type, JsonNode object, String why) {
        return new VerbException("error: " + type.groupResource() + " \"" + object.path("metadata").path("name")
                .asText() + "\" " + why);
    }
}
