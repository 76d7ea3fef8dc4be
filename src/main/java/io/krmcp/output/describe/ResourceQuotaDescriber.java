package io.krmcp.output.describe;

import static io.krmcp.output.describe.PrefixWriter.LEVEL_0;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

import io.krmcp.kube.model.Fields;
import io.krmcp.kube.model.KubeObject;
import io.krmcp.output.Quantity;

/** kubectl's {@code describeQuota}: scopes with their help text, then each resource's use against its limit. */
public final class ResourceQuotaDescriber implements Describer {

    static final Map<String, String> SCOPE_HELP = Map.of(
            "Terminating", "Matches all pods that have an active deadline. These pods have a limited lifespan on a "
                    + "node before being actively terminated by the system.",
            "NotTerminating", "Matches all pods that do not have an active deadline. These pods usually include long "
                    + "running pods whose container command is not expected to terminate.",
            "BestEffort", "Matches all pods that do not have resource requirements set. These pods have a best effort "
                    + "quality of service.",
            "NotBestEffort", "Matches all pods that have at least one resource requirement set. These pods have a "
                    + "burstable or guaranteed quality of service.");

    @Override
    public String describe(JsonNode quota, Related related, Instant now) {
        PrefixWriter w = new PrefixWriter();
        w.write(LEVEL_0, "Name:\t" + KubeObject.name(quota) + "\n");
        w.write(LEVEL_0, "Namespace:\t" + KubeObject.namespace(quota) + "\n");
        TreeSet<String> scopes = new TreeSet<>(Fields.strings(quota.path("spec").path("scopes")));
        if (!scopes.isEmpty()) {
            w.write(LEVEL_0, "Scopes:\t" + String.join(", ", scopes) + "\n");
            for (String scope : scopes) {
                if (SCOPE_HELP.containsKey(scope)) {
                    w.write(LEVEL_0, " * " + SCOPE_HELP.get(scope) + "\n");
                }
            }
        }
        w.write(LEVEL_0, "Resource\tUsed\tHard\n");
        w.write(LEVEL_0, "--------\t----\t----\n");
        usage(w, LEVEL_0, quota);
        return w.toString();
    }

    /** Each resource the quota limits, sorted, with what is used against the limit; shared with namespaces. */
    static void usage(PrefixWriter w, int level, JsonNode quota) {
        Map<String, String> hard = new TreeMap<>();
        quota.path("status").path("hard").fields().forEachRemaining(e -> hard.put(e.getKey(), e.getValue().asText()));
        hard.forEach((resource, value) -> w.write(level, resource + "\t"
                + Quantity.parseOrZero(Fields.text(quota, "status", "used", resource)) + "\t"
                + Quantity.parseOrZero(value) + "\n"));
    }
}
