package io.krmcp.output.describe;

import static io.krmcp.output.describe.PrefixWriter.LEVEL_0;
import static io.krmcp.output.describe.PrefixWriter.LEVEL_1;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.krmcp.kube.model.Fields;
import io.krmcp.kube.model.KubeObject;

/** kubectl's {@code describeStorageClass}: default or not, provisioner, parameters, policies and topologies. */
public final class StorageClassDescriber implements Describer {

    @Override
    public String describe(JsonNode sc, Related related, Instant now) {
        PrefixWriter w = new PrefixWriter();
        JsonNode annotations = sc.path("metadata").path("annotations");
        boolean isDefault = "true".equals(annotations.path("storageclass.kubernetes.io/is-default-class").asText())
                || "true".equals(annotations.path("storageclass.beta.kubernetes.io/is-default-class").asText());
        w.write(LEVEL_0, "Name:\t" + KubeObject.name(sc) + "\n");
        w.write(LEVEL_0, "IsDefaultClass:\t" + (isDefault ? "Yes" : "No") + "\n");
        w.write(LEVEL_0, "Annotations:\t" + Fields.labels(annotations) + "\n");
        w.write(LEVEL_0, "Provisioner:\t" + sc.path("provisioner").asText("") + "\n");
        w.write(LEVEL_0, "Parameters:\t" + Fields.labels(sc.path("parameters")) + "\n");
        JsonNode expansion = sc.path("allowVolumeExpansion");
        w.write(LEVEL_0, "AllowVolumeExpansion:\t" + (expansion.isBoolean() ? (expansion.asBoolean() ? "True" : "False")
                : "<unset>") + "\n");
        if (sc.path("mountOptions").isEmpty()) {
            w.write(LEVEL_0, "MountOptions:\t<none>\n");
        } else {
            w.write(LEVEL_0, "MountOptions:\n");
            sc.path("mountOptions").forEach(o -> w.write(LEVEL_1, o.asText() + "\n"));
        }
        if (sc.hasNonNull("reclaimPolicy")) {
            w.write(LEVEL_0, "ReclaimPolicy:\t" + sc.path("reclaimPolicy").asText() + "\n");
        }
        if (sc.hasNonNull("volumeBindingMode")) {
            w.write(LEVEL_0, "VolumeBindingMode:\t" + sc.path("volumeBindingMode").asText() + "\n");
        }
        if (sc.path("allowedTopologies").isArray()) {
            allowedTopologies(w, sc.path("allowedTopologies"));
        }
        DescribeSections.events(w, related, now);
        return w.toString();
    }

    private static void allowedTopologies(PrefixWriter w, JsonNode terms) {
        w.write(LEVEL_0, "AllowedTopologies:\t");
        if (terms.isEmpty()) {
            w.line("<none>");
            return;
        }
        w.line("");
        List<List<String>> requirements = new ArrayList<>();
        for (JsonNode term : terms) {
            List<String> exprs = new ArrayList<>();
            for (JsonNode req : term.path("matchLabelExpressions")) {
                List<String> values = Fields.strings(req.path("values"));
                exprs.add(req.path("key").asText("") + " in"
                        + (values.isEmpty() ? "" : " [" + String.join(", ", values) + "]"));
            }
            requirements.add(exprs);
        }
        DescribeSections.terms(w, LEVEL_1, requirements);
    }
}
