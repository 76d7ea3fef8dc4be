package io.krmcp.verbs;

import java.time.Clock;

import io.krmcp.kube.Deadline;
import io.krmcp.kube.KubeApi;
import io.krmcp.kube.model.ResourceTypes;
import io.krmcp.output.OutputCap;

/**
 * What a verb may use while it runs: the API, the type registry, the namespace in effect when none is given, the
 * call's deadline, the clock ages are measured against, and the output cap (so listings can stop early). Secret
 * values never reach a verb: the API client redacts them as it decodes each answer.
 */
public record VerbContext(KubeApi api, ResourceTypes types, String defaultNamespace, Deadline deadline, Clock clock,
                          int maxOutputBytes) {

    public OutputCap outputCap() {
        return new OutputCap(maxOutputBytes);
    }
}
