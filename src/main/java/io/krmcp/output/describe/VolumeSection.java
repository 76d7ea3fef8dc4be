package io.krmcp.output.describe;

import static io.krmcp.output.describe.PrefixWriter.LEVEL_0;
import static io.krmcp.output.describe.PrefixWriter.LEVEL_1;
import static io.krmcp.output.describe.PrefixWriter.LEVEL_2;

import com.fasterxml.jackson.databind.JsonNode;

/** kubectl's {@code describeVolumes} for the common volume sources; others are named by their source type. */
final class VolumeSection {

    private VolumeSection() {
    }

    /** @param space empty for a pod, two blanks for a pod template (names then get one more blank) */
    static void write(PrefixWriter w, String space, JsonNode volumes) {
        if (volumes.isEmpty()) {
            w.write(LEVEL_0, space + "Volumes:\t<none>\n");
            return;
        }
        w.write(LEVEL_0, space + "Volumes:\n");
        for (JsonNode v : volumes) {
            w.write(LEVEL_1, (space.isEmpty() ? "" : " ") + v.path("name").asText() + ":\n");
            if (v.path("emptyDir").isObject()) {
                w.write(LEVEL_2, "Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)\n    Medium:\t"
                        + v.path("emptyDir").path("medium").asText("") + "\n    SizeLimit:\t"
                        + v.path("emptyDir").path("sizeLimit").asText("<unset>") + "\n");
            } else if (v.path("secret").isObject()) {
                w.write(LEVEL_2, "Type:\tSecret (a volume populated by a Secret)\n    SecretName:\t"
                        + v.path("secret").path("secretName").asText() + "\n    Optional:\t"
                        + v.path("secret").path("optional").asBoolean(false) + "\n");
            } else if (v.path("configMap").isObject()) {
                w.write(LEVEL_2, "Type:\tConfigMap (a volume populated by a ConfigMap)\n    Name:\t"
                        + v.path("configMap").path("name").asText() + "\n    Optional:\t"
                        + v.path("configMap").path("optional").asBoolean(false) + "\n");
            } else if (v.path("persistentVolumeClaim").isObject()) {
                w.write(LEVEL_2, "Type:\tPersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same "
                        + "namespace)\n    ClaimName:\t" + v.path("persistentVolumeClaim").path("claimName").asText()
                        + "\n    ReadOnly:\t" + v.path("persistentVolumeClaim").path("readOnly").asBoolean(false)
                        + "\n");
            } else if (v.path("hostPath").isObject()) {
                w.write(LEVEL_2, "Type:\tHostPath (bare host directory volume)\n    Path:\t"
                        + v.path("hostPath").path("path").asText() + "\n    HostPathType:\t"
                        + v.path("hostPath").path("type").asText("<none>") + "\n");
            } else if (v.path("projected").isObject()) {
                w.write(LEVEL_2, "Type:\tProjected (a volume that contains injected data from multiple sources)\n");
                for (JsonNode source : v.path("projected").path("sources")) {
                    if (source.path("secret").isObject()) {
                        w.write(LEVEL_2, "SecretName:\t" + source.path("secret").path("name").asText() + "\n");
                        w.write(LEVEL_2, "Optional:\t" + source.path("secret").path("optional").asBoolean(false) + "\n");
                    } else if (source.path("downwardAPI").isObject()) {
                        w.write(LEVEL_2, "DownwardAPI:\ttrue\n");
                    } else if (source.path("configMap").isObject()) {
                        w.write(LEVEL_2, "ConfigMapName:\t" + source.path("configMap").path("name").asText() + "\n");
                        w.write(LEVEL_2, "Optional:\t" + source.path("configMap").path("optional").asBoolean(false)
                                + "\n");
                    } else if (source.path("serviceAccountToken").isObject()) {
                        w.write(LEVEL_2, "TokenExpirationSeconds:\t"
                                + source.path("serviceAccountToken").path("expirationSeconds").asLong(3607) + "\n");
                    }
                }
            } else {
                String type = "<unknown>";
                var names = v.fieldNames();
                while (names.hasNext()) {
                    String n = names.next();
                    if (!n.equals("name")) {
                        type = n;
                    }
                }
                w.write(LEVEL_2, "Type:\t" + type + "\n");
            }
        }
    }
}
