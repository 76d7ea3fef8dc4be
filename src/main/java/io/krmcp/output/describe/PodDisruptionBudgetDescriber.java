package io.krmcp.output.describe;

import static io.krmcp.output.describe.PrefixWriter.LEVEL_0;
import static io.krmcp.output.describe.PrefixWriter.LEVEL_2;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

import io.krmcp.kube.model.Fields;
import io.krmcp.kube.model.KubeObject;

/**
 * kubectl's {@code describePodDisruptionBudgetV1}: the budget (min available or max unavailable), its selector and
 * what the disruption controller last counted: what an SRE reads when a drain stalls.
 */
public final class PodDisruptionBudgetDescriber implements Describer {

    @Override
    public String describe(JsonNode pdb, Related related, Instant now) {
        PrefixWriter w = new PrefixWriter();
        w.write(LEVEL_0, "Name:\t" + KubeObject.name(pdb) + "\n");
        w.write(LEVEL_0, "Namespace:\t" + KubeObject.namespace(pdb) + "\n");
        JsonNode spec = pdb.path("spec");
        if (spec.has("minAvailable") && !spec.path("minAvailable").isNull()) {
            w.write(LEVEL_0, "Min available:\t" + spec.path("minAvailable").asText() + "\n");
        } else if (spec.has("maxUnavailable") && !spec.path("maxUnavailable").isNull()) {
            w.write(LEVEL_0, "Max unavailable:\t" + spec.path("maxUnavailable").asText() + "\n");
        }
        w.write(LEVEL_0, "Selector:\t" + (spec.path("selector").isObject() ? Fields.selector(spec.path("selector"))
                : "<unset>") + "\n");
        JsonNode status = pdb.path("status");
        w.write(LEVEL_0, "Status:\n");
        w.write(LEVEL_2, "Allowed disruptions:\t" + status.path("disruptionsAllowed").asLong(0) + "\n");
        w.write(LEVEL_2, "Current:\t" + status.path("currentHealthy").asLong(0) + "\n");
        w.write(LEVEL_2, "Desired:\t" + status.path("desiredHealthy").asLong(0) + "\n");
        w.write(LEVEL_2, "Total:\t" + status.path("expectedPods").asLong(0) + "\n");
        DescribeSections.events(w, related, now);
        return w.toString();
    }
}
