package io.krmcp.output.describe;

import static io.krmcp.output.describe.PrefixWriter.LEVEL_0;
import static io.krmcp.output.describe.PrefixWriter.LEVEL_1;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.krmcp.kube.model.Fields;
import io.krmcp.kube.model.KubeObject;

/** kubectl's {@code describeStatefulSet}: service, policies, update strategy, pods by phase, template, claims. */
public final class StatefulSetDescriber implements Describer {

    @Override
    public List<RelatedQuery> related(JsonNode sts) {
        return List.of(ControllerPods.query(sts));
    }

    @Override
    public String describe(JsonNode sts, Related related, Instant now) {
        PrefixWriter w = new PrefixWriter();
        JsonNode spec = sts.path("spec");
        w.write(LEVEL_0, "Name:\t" + KubeObject.name(sts) + "\n");
        w.write(LEVEL_0, "Namespace:\t" + KubeObject.namespace(sts) + "\n");
        w.write(LEVEL_0, "CreationTimestamp:\t" + DescribeSections.time(Fields.text(sts, "metadata",
                "creationTimestamp")) + "\n");
        w.write(LEVEL_0, "Selector:\t" + DescribeSections.selector(spec.path("selector")) + "\n");
        DescribeSections.labels(w, "Labels", sts.path("metadata").path("labels"));
        DescribeSections.annotations(w, "Annotations", sts.path("metadata").path("annotations"));
        DescribeSections.optional(w, "Service Name", Fields.text(spec, "serviceName"));
        DescribeSections.optional(w, "Pod Management Policy", Fields.text(spec, "podManagementPolicy"));
        w.write(LEVEL_0, "Replicas:\t" + spec.path("replicas").asLong(1) + " desired | "
                + sts.path("status").path("replicas").asLong() + " total\n");
        w.write(LEVEL_0, "Update Strategy:\t" + Fields.text(spec, "updateStrategy", "type") + "\n");
        JsonNode rolling = spec.path("updateStrategy").path("rollingUpdate");
        if (rolling.path("partition").isNumber()) {
            w.write(LEVEL_1, "Partition:\t" + rolling.path("partition").asLong() + "\n");
            if (Fields.isSet(rolling, "maxUnavailable")) {
                w.write(LEVEL_1, "MaxUnavailable:\t" + rolling.path("maxUnavailable").asText() + "\n");
            }
        }
        JsonNode retention = spec.path("persistentVolumeClaimRetentionPolicy");
        if (retention.isObject()) {
            w.write(LEVEL_0, "Persistent Volume Claim Retention Policy:\n");
            w.write(LEVEL_1, "WhenDeleted:\t" + retention.path("whenDeleted").asText("") + "\n");
            w.write(LEVEL_1, "WhenScaled:\t" + retention.path("whenScaled").asText("") + "\n");
        }
        w.write(LEVEL_0, "Pods Status:\t" + ControllerPods.status(sts, related) + "\n");
        PodTemplateSection.write(w, spec.path("template"));
        claimTemplates(w, spec.path("volumeClaimTemplates"));
        DescribeSections.events(w, related, now);
        return w.toString();
    }

    /** {@code describeVolumeClaimTemplates}. */
    private static void claimTemplates(PrefixWriter w, JsonNode templates) {
        if (templates.isEmpty()) {
            w.write(LEVEL_0, "Volume Claims:\t<none>\n");
            return;
        }
        w.write(LEVEL_0, "Volume Claims:\n");
        for (JsonNode pvc : templates) {
            w.write(LEVEL_1, "Name:\t" + KubeObject.name(pvc) + "\n");
            w.write(LEVEL_1, "StorageClass:\t" + PersistentVolumeClaimDescriber.storageClass(pvc) + "\n");
            DescribeSections.labels(w, "  Labels", pvc.path("metadata").path("labels"));
            DescribeSections.labels(w, "  Annotations", pvc.path("metadata").path("annotations"));
            String capacity = Fields.text(pvc, "spec", "resources", "requests", "storage");
            w.write(LEVEL_1, "Capacity:\t" + (capacity.isEmpty() ? "<default>" : capacity) + "\n");
            w.write(LEVEL_1, "Access Modes:\t" + DescribeSections.goList(pvc.path("spec").path("accessModes")) + "\n");
        }
    }
}
