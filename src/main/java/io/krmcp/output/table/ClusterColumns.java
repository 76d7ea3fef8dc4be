package io.krmcp.output.table;

import static io.krmcp.output.table.SimpleColumns.age;
import static io.krmcp.output.table.SimpleColumns.col;
import static io.krmcp.output.table.SimpleColumns.name;
import static io.krmcp.output.table.SimpleColumns.wide;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.krmcp.kube.model.Fields;
import io.krmcp.kube.model.KubeObject;

/** kubectl's printers for nodes, namespaces and storage. */
final class ClusterColumns {

    private ClusterColumns() {
    }

    static final KindColumns NODE = new SimpleColumns(
            List.of(col("NAME"), col("STATUS"), col("ROLES"), col("AGE"), col("VERSION"), wide("INTERNAL-IP"),
                    wide("EXTERNAL-IP"), wide("OS-IMAGE"), wide("KERNEL-VERSION"), wide("CONTAINER-RUNTIME")),
            (o, now) -> {
                JsonNode info = Fields.at(o, "status", "nodeInfo");
                String os = info.path("osImage").asText("");
                return List.of(name(o), nodeStatus(o), roles(o), age(o, now), info.path("kubeletVersion").asText(""),
                        address(o, "InternalIP"), address(o, "ExternalIP"), os.isEmpty() ? "<unknown>" : os,
                        Fields.orNone(info.path("kernelVersion").asText("")),
                        Fields.orNone(info.path("containerRuntimeVersion").asText("")));
            });

    static final KindColumns NAMESPACE = new SimpleColumns(
            List.of(col("NAME"), col("STATUS"), col("AGE")),
            (o, now) -> List.of(name(o), Fields.text(o, "status", "phase"), age(o, now)));

    static final KindColumns PERSISTENT_VOLUME_CLAIM = new SimpleColumns(
            List.of(col("NAME"), col("STATUS"), col("VOLUME"), col("CAPACITY"), col("ACCESS MODES"),
                    col("STORAGECLASS"), col("VOLUMEATTRIBUTESCLASS"), col("AGE"), wide("VOLUMEMODE")),
            (o, now) -> {
                String phase = Fields.isSet(o, "metadata", "deletionTimestamp") ? "Terminating"
                        : Fields.text(o, "status", "phase");
                boolean bound = !Fields.text(o, "spec", "volumeName").isEmpty();
                return List.of(name(o), phase, Fields.text(o, "spec", "volumeName"),
                        bound ? Fields.text(o, "status", "capacity", "storage") : "",
                        bound ? accessModes(Fields.at(o, "status", "accessModes")) : "", storageClass(o),
                        unset(Fields.text(o, "spec", "volumeAttributesClassName")), age(o, now),
                        volumeMode(o));
            });

    static final KindColumns PERSISTENT_VOLUME = new SimpleColumns(
            List.of(col("NAME"), col("CAPACITY"), col("ACCESS MODES"), col("RECLAIM POLICY"), col("STATUS"),
                    col("CLAIM"), col("STORAGECLASS"), col("VOLUMEATTRIBUTESCLASS"), col("REASON"), col("AGE"),
                    wide("VOLUMEMODE")),
            (o, now) -> {
                JsonNode claim = Fields.at(o, "spec", "claimRef");
                String claimText = claim.isObject()
                        ? claim.path("namespace").asText("") + "/" + claim.path("name").asText("") : "";
                String phase = Fields.isSet(o, "metadata", "deletionTimestamp") ? "Terminating"
                        : Fields.text(o, "status", "phase");
                return List.of(name(o), Fields.text(o, "spec", "capacity", "storage"),
                        accessModes(Fields.at(o, "spec", "accessModes")),
                        Fields.text(o, "spec", "persistentVolumeReclaimPolicy"), phase, claimText, storageClass(o),
                        unset(Fields.text(o, "spec", "volumeAttributesClassName")),
                        Fields.text(o, "status", "reason"), age(o, now), volumeMode(o));
            });

    private static String unset(String value) {
        return value.isEmpty() ? "<unset>" : value;
    }

    private static String volumeMode(JsonNode o) {
        String mode = Fields.text(o, "spec", "volumeMode");
        return mode.isEmpty() ? "<unset>" : mode;
    }

    private static String storageClass(JsonNode o) {
        String beta = Fields.text(o, "metadata", "annotations", "volume.beta.kubernetes.io/storage-class");
        return beta.isEmpty() ? Fields.text(o, "spec", "storageClassName") : beta;
    }

    private static String accessModes(JsonNode modes) {
        List<String> out = new ArrayList<>();
        for (String mode : List.of("ReadWriteOnce", "ReadOnlyMany", "ReadWriteMany", "ReadWriteOncePod")) {
            for (JsonNode m : modes) {
                if (mode.equals(m.asText())) {
                    out.add(switch (mode) {
                        case "ReadWriteOnce" -> "RWO";
                        case "ReadOnlyMany" -> "ROX";
                        case "ReadWriteMany" -> "RWX";
                        default -> "RWOP";
                    });
                    break;
                }
            }
        }
        return String.join(",", out);
    }

    private static String nodeStatus(JsonNode node) {
        List<String> status = new ArrayList<>();
        for (JsonNode c : Fields.at(node, "status", "conditions")) {
            if ("Ready".equals(c.path("type").asText())) {
                status.add("True".equals(c.path("status").asText()) ? "Ready" : "NotReady");
            }
        }
        if (status.isEmpty()) {
            status.add("Unknown");
        }
        if (Fields.at(node, "spec", "unschedulable").asBoolean(false)) {
            status.add("SchedulingDisabled");
        }
        return String.join(",", status);
    }

    private static String roles(JsonNode node) {
        Set<String> roles = KubeObject.nodeRoles(node);
        return roles.isEmpty() ? "<none>" : String.join(",", roles);
    }

    private static String address(JsonNode node, String type) {
        for (JsonNode a : Fields.at(node, "status", "addresses")) {
            if (type.equals(a.path("type").asText())) {
                return a.path("address").asText();
            }
        }
        return "<none>";
    }
}
