package io.krmcp.output.describe;

import static io.krmcp.output.describe.PrefixWriter.LEVEL_0;
import static io.krmcp.output.describe.PrefixWriter.LEVEL_1;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

import io.krmcp.kube.model.Fields;
import io.krmcp.kube.model.KnownTypes;
import io.krmcp.kube.model.KubeObject;
import io.krmcp.output.table.HumanDuration;

/** kubectl's {@code describePersistentVolumeClaim}: class, status, volume, capacity, the pods that use it. */
public final class PersistentVolumeClaimDescriber implements Describer {

    private static final String PODS = "pods";

    @Override
    public List<RelatedQuery> related(JsonNode pvc) {
        return List.of(RelatedQuery.list(PODS, KnownTypes.PODS.collectionPath(KubeObject.namespace(pvc)), Map.of()));
    }

    @Override
    public String describe(JsonNode pvc, Related related, Instant now) {
        PrefixWriter w = new PrefixWriter();
        JsonNode spec = pvc.path("spec");
        w.write(LEVEL_0, "Name:\t" + KubeObject.name(pvc) + "\n");
        w.write(LEVEL_0, "Namespace:\t" + KubeObject.namespace(pvc) + "\n");
        w.write(LEVEL_0, "StorageClass:\t" + storageClass(pvc) + "\n");
        String deletion = Fields.text(pvc, "metadata", "deletionTimestamp");
        w.write(LEVEL_0, "Status:\t" + (deletion.isEmpty() ? Fields.text(pvc, "status", "phase")
                : "Terminating (lasts " + HumanDuration.since(deletion, now) + ")") + "\n");
        String volume = Fields.text(spec, "volumeName");
        w.write(LEVEL_0, "Volume:\t" + volume + "\n");
        DescribeSections.labels(w, "Labels", pvc.path("metadata").path("labels"));
        DescribeSections.annotations(w, "Annotations", pvc.path("metadata").path("annotations"));
        w.write(LEVEL_0, "Finalizers:\t" + DescribeSections.goList(pvc.path("metadata").path("finalizers")) + "\n");
        String capacity = volume.isEmpty() ? "" : Fields.text(pvc, "status", "capacity", "storage");
        String modes = volume.isEmpty() ? "" : PersistentVolumeDescriber.accessModes(pvc.path("status")
                .path("accessModes"));
        w.write(LEVEL_0, "Capacity:\t" + capacity + "\n");
        w.write(LEVEL_0, "Access Modes:\t" + modes + "\n");
        DescribeSections.optional(w, "VolumeMode", Fields.text(spec, "volumeMode"));
        JsonNode source = spec.path("dataSource");
        if (source.isObject()) {
            w.write(LEVEL_0, "DataSource:\n");
            if (Fields.isSet(source, "apiGroup")) {
                w.write(LEVEL_1, "APIGroup:\t" + Fields.text(source, "apiGroup") + "\n");
            }
            w.write(LEVEL_1, "Kind:\t" + Fields.text(source, "kind") + "\n");
            w.write(LEVEL_1, "Name:\t" + Fields.text(source, "name") + "\n");
        }
        usedBy(w, pvc, related.items(PODS));
        JsonNode conditions = pvc.path("status").path("conditions");
        if (!conditions.isEmpty()) {
            w.write(LEVEL_0, "Conditions:\n");
            w.write(LEVEL_1, "Type\tStatus\tLastProbeTime\tLastTransitionTime\tReason\tMessage\n");
            w.write(LEVEL_1, "----\t------\t-----------------\t------------------\t------\t-------\n");
            for (JsonNode c : conditions) {
                w.write(LEVEL_1, c.path("type").asText("") + " \t" + c.path("status").asText("") + " \t"
                        + DescribeSections.time(c.path("lastProbeTime").asText("")) + " \t"
                        + DescribeSections.time(c.path("lastTransitionTime").asText("")) + " \t"
                        + c.path("reason").asText("") + " \t" + c.path("message").asText("") + "\n");
            }
        }
        DescribeSections.events(w, related, now);
        return w.toString();
    }

    /** {@code storageutil.GetPersistentVolumeClaimClass}: the field, else the beta annotation. */
    static String storageClass(JsonNode pvc) {
        String annotation = Fields.text(pvc, "metadata", "annotations", "volume.beta.kubernetes.io/storage-class");
        return annotation.isEmpty() ? Fields.text(pvc, "spec", "storageClassName") : annotation;
    }

    /** {@code getPodsForPVC}: pods mounting the claim, and pods that own it (ephemeral volumes), by name. */
    private static void usedBy(PrefixWriter w, JsonNode pvc, List<JsonNode> pods) {
        String claim = KubeObject.name(pvc);
        TreeSet<String> users = new TreeSet<>();
        for (JsonNode pod : pods) {
            for (JsonNode v : pod.path("spec").path("volumes")) {
                if (claim.equals(Fields.text(v, "persistentVolumeClaim", "claimName"))) {
                    users.add(KubeObject.name(pod));
                }
            }
            for (JsonNode owner : pvc.path("metadata").path("ownerReferences")) {
                if ("Pod".equals(owner.path("kind").asText())
                        && owner.path("uid").asText().equals(KubeObject.uid(pod))) {
                    users.add(KubeObject.name(pod));
                }
            }
        }
        w.write(LEVEL_0, "Used By:\t");
        if (users.isEmpty()) {
            w.line("<none>");
            return;
        }
        boolean first = true;
        for (String user : users) {
            w.write(LEVEL_0, (first ? "" : "\t") + user + "\n");
            first = false;
        }
    }
}
