package io.krmcp.output.describe;

import static io.krmcp.output.describe.PrefixWriter.LEVEL_0;
import static io.krmcp.output.describe.PrefixWriter.LEVEL_1;
import static io.krmcp.output.describe.PrefixWriter.LEVEL_2;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

import io.krmcp.kube.model.Fields;
import io.krmcp.kube.model.KubeObject;
import io.krmcp.output.table.HumanDuration;

/**
 * kubectl's {@code describePersistentVolume}: class, status, claim, policy, access modes, capacity, node affinity
 * and the source (hostPath, local, NFS and CSI in kubectl's words; other sources are named by their field).
 */
public final class PersistentVolumeDescriber implements Describer {

    @Override
    public String describe(JsonNode pv, Related related, Instant now) {
        PrefixWriter w = new PrefixWriter();
        JsonNode spec = pv.path("spec");
        w.write(LEVEL_0, "Name:\t" + KubeObject.name(pv) + "\n");
        DescribeSections.labels(w, "Labels", pv.path("metadata").path("labels"));
        DescribeSections.annotations(w, "Annotations", pv.path("metadata").path("annotations"));
        w.write(LEVEL_0, "Finalizers:\t" + DescribeSections.goList(pv.path("metadata").path("finalizers")) + "\n");
        String annotationClass = Fields.text(pv, "metadata", "annotations", "volume.beta.kubernetes.io/storage-class");
        w.write(LEVEL_0, "StorageClass:\t" + (annotationClass.isEmpty() ? Fields.text(spec, "storageClassName")
                : annotationClass) + "\n");
        String deletion = Fields.text(pv, "metadata", "deletionTimestamp");
        w.write(LEVEL_0, "Status:\t" + (deletion.isEmpty() ? Fields.text(pv, "status", "phase")
                : "Terminating (lasts " + HumanDuration.since(deletion, now) + ")") + "\n");
        JsonNode claim = spec.path("claimRef");
        w.write(LEVEL_0, "Claim:\t" + (claim.isObject() ? Fields.text(claim, "namespace") + "/"
                + Fields.text(claim, "name") : "") + "\n");
        w.write(LEVEL_0, "Reclaim Policy:\t" + Fields.text(spec, "persistentVolumeReclaimPolicy") + "\n");
        w.write(LEVEL_0, "Access Modes:\t" + accessModes(spec.path("accessModes")) + "\n");
        DescribeSections.optional(w, "VolumeMode", Fields.text(spec, "volumeMode"));
        w.write(LEVEL_0, "Capacity:\t" + Fields.text(spec, "capacity", "storage") + "\n");
        nodeAffinity(w, spec.path("nodeAffinity"));
        w.write(LEVEL_0, "Message:\t" + Fields.text(pv, "status", "message") + "\n");
        w.write(LEVEL_0, "Source:\n");
        source(w, spec);
        DescribeSections.events(w, related, now);
        return w.toString();
    }

    /** {@code GetAccessModesAsString}: RWO, ROX, RWX, RWOP in that order, comma-joined. */
    static String accessModes(JsonNode modes) {
        List<String> given = Fields.strings(modes);
        List<String> out = new ArrayList<>();
        Map<String, String> abbreviations = new LinkedHashMap<>();
        abbreviations.put("ReadWriteOnce", "RWO");
        abbreviations.put("ReadOnlyMany", "ROX");
        abbreviations.put("ReadWriteMany", "RWX");
        abbreviations.put("ReadWriteOncePod", "RWOP");
        abbreviations.forEach((mode, abbreviation) -> {
            if (given.contains(mode)) {
                out.add(abbreviation);
            }
        });
        return String.join(",", out);
    }

    private static void nodeAffinity(PrefixWriter w, JsonNode affinity) {
        w.write(LEVEL_0, "Node Affinity:\t");
        JsonNode required = affinity.path("required");
        if (!required.isObject()) {
            w.line("<none>");
            return;
        }
        w.line("");
        w.write(LEVEL_1, "Required Terms:\t");
        JsonNode terms = required.path("nodeSelectorTerms");
        if (terms.isEmpty()) {
            w.line("<none>");
            return;
        }
        w.line("");
        List<List<String>> requirements = new ArrayList<>();
        for (JsonNode term : terms) {
            List<String> exprs = new ArrayList<>();
            for (JsonNode req : term.path("matchExpressions")) {
                String expr = req.path("key").asText("") + " " + req.path("operator").asText("")
                        .toLowerCase(Locale.ROOT);
                if (!req.path("values").isEmpty()) {
                    expr += " [" + String.join(", ", Fields.strings(req.path("values"))) + "]";
                }
                exprs.add(expr);
            }
            requirements.add(exprs);
        }
        DescribeSections.terms(w, LEVEL_2, requirements);
    }

    private static void source(PrefixWriter w, JsonNode spec) {
        if (spec.path("hostPath").isObject()) {
            JsonNode h = spec.path("hostPath");
            w.write(LEVEL_2, "Type:\tHostPath (bare host directory volume)\n    Path:\t" + Fields.text(h, "path")
                    + "\n    HostPathType:\t" + h.path("type").asText("<none>") + "\n");
        } else if (spec.path("local").isObject()) {
            w.write(LEVEL_2, "Type:\tLocalVolume (a persistent volume backed by local storage on a node)\n    Path:\t"
                    + Fields.text(spec, "local", "path") + "\n");
        } else if (spec.path("nfs").isObject()) {
            JsonNode n = spec.path("nfs");
            w.write(LEVEL_2, "Type:\tNFS (an NFS mount that lasts the lifetime of a pod)\n    Server:\t"
                    + Fields.text(n, "server") + "\n    Path:\t" + Fields.text(n, "path") + "\n    ReadOnly:\t"
                    + n.path("readOnly").asBoolean(false) + "\n");
        } else if (spec.path("csi").isObject()) {
            JsonNode c = spec.path("csi");
            w.write(LEVEL_2, "Type:\tCSI (a Container Storage Interface (CSI) volume source)\n    Driver:\t"
                    + Fields.text(c, "driver") + "\n    FSType:\t" + Fields.text(c, "fsType") + "\n    VolumeHandle:\t"
                    + Fields.text(c, "volumeHandle") + "\n    ReadOnly:\t" + c.path("readOnly").asBoolean(false) + "\n");
            w.write(LEVEL_2, "VolumeAttributes:\t");
            Map<String, String> attributes = new TreeMap<>();
            c.path("volumeAttributes").fields().forEachRemaining(e -> attributes.put(e.getKey(),
                    e.getValue().asText()));
            if (attributes.isEmpty()) {
                w.line("<none>");
            }
            boolean first = true;
            for (Map.Entry<String, String> e : attributes.entrySet()) {
                if (!first) {
                    w.write(LEVEL_2, "").write(LEVEL_2, "\t");
                }
                first = false;
                String line = e.getKey() + "=" + e.getValue();
                w.write(LEVEL_2, (line.length() > 140 ? line.substring(0, 140) + "..." : line) + "\n");
            }
        } else {
            w.write(LEVEL_1, "<unknown>\n");
        }
    }
}
