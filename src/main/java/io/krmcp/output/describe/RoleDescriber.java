package io.krmcp.output.describe;

import static io.krmcp.output.describe.PrefixWriter.LEVEL_0;
import static io.krmcp.output.describe.PrefixWriter.LEVEL_1;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

import io.krmcp.kube.model.KubeObject;
import io.krmcp.output.PolicyRules;

/** kubectl's Role and ClusterRole describers: name, labels, annotations and the rules, broken down and compacted. */
public final class RoleDescriber implements Describer {

    @Override
    public String describe(JsonNode role, Related related, Instant now) {
        PrefixWriter w = new PrefixWriter();
        w.write(LEVEL_0, "Name:\t" + KubeObject.name(role) + "\n");
        DescribeSections.labels(w, "Labels", role.path("metadata").path("labels"));
        DescribeSections.annotations(w, "Annotations", role.path("metadata").path("annotations"));
        w.write(LEVEL_0, "PolicyRule:\n");
        w.write(LEVEL_1, "Resources\tNon-Resource URLs\tResource Names\tVerbs\n");
        w.write(LEVEL_1, "---------\t-----------------\t--------------\t-----\n");
        for (PolicyRules.Row r : PolicyRules.rows(role.path("rules"))) {
            w.write(LEVEL_1, r.resources() + "\t" + r.nonResourceUrls() + "\t" + r.resourceNames() + "\t" + r.verbs()
                    + "\n");
        }
        return w.toString();
    }
}
