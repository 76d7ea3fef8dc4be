package io.krmcp.output.describe;

import static io.krmcp.output.describe.PrefixWriter.LEVEL_0;
import static io.krmcp.output.describe.PrefixWriter.LEVEL_1;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import io.krmcp.kube.model.Fields;

/** kubectl's {@code DescribePodTemplate}, the block every workload describer prints under {@code Pod Template:}. */
public final class PodTemplateSection {

    private static final String SPACE = "  ";

    private PodTemplateSection() {
    }

    /** The template as {@code rollout history --revision} prints it: kubectl's layout, tabs left unaligned. */
    public static String untabbed(JsonNode template) {
        PrefixWriter w = PrefixWriter.untabbed();
        write(w, template);
        return w.toString();
    }

    static void write(PrefixWriter w, JsonNode template) {
        w.write(LEVEL_0, "Pod Template:\n");
        if (!template.isObject()) {
            w.write(LEVEL_1, "<unset>");
            return;
        }
        JsonNode spec = template.path("spec");
        DescribeSections.labels(w, SPACE + "Labels", template.path("metadata").path("labels"));
        JsonNode annotations = template.path("metadata").path("annotations");
        if (annotations.isObject() && !annotations.isEmpty()) {
            DescribeSections.annotations(w, SPACE + "Annotations", annotations);
        }
        String serviceAccount = Fields.text(spec, "serviceAccountName");
        if (!serviceAccount.isEmpty()) {
            w.write(LEVEL_1, "Service Account:\t" + serviceAccount + "\n");
        }
        if (!spec.path("initContainers").isEmpty()) {
            ContainerSection.write(w, SPACE, "Init Containers", spec.path("initContainers"), MissingNode.getInstance(),
                    null);
        }
        ContainerSection.write(w, SPACE, "Containers", spec.path("containers"), MissingNode.getInstance(), null);
        VolumeSection.write(w, SPACE, spec.path("volumes"));
        topologySpread(w, spec.path("topologySpreadConstraints"));
        String priorityClass = Fields.text(spec, "priorityClassName");
        if (!priorityClass.isEmpty()) {
            w.write(LEVEL_1, "Priority Class Name:\t" + priorityClass + "\n");
        }
        DescribeSections.labels(w, SPACE + "Node-Selectors", spec.path("nodeSelector"));
        DescribeSections.tolerations(w, SPACE + "Tolerations", spec.path("tolerations"));
    }

    /** {@code describeTopologySpreadConstraints}: sorted by topology key, one line each. */
    private static void topologySpread(PrefixWriter w, JsonNode constraints) {
        if (constraints.isEmpty()) {
            return;
        }
        List<JsonNode> sorted = new ArrayList<>();
        constraints.forEach(sorted::add);
        sorted.sort(Comparator.comparing(c -> c.path("topologyKey").asText("")));
        w.write(LEVEL_0, SPACE + "Topology Spread Constraints:\t");
        boolean first = true;
        for (JsonNode c : sorted) {
            if (!first) {
                w.write(LEVEL_0, SPACE + "\t");
            }
            first = false;
            String line = c.path("topologyKey").asText("") + ":" + c.path("whenUnsatisfiable").asText("")
                    + " when max skew " + c.path("maxSkew").asInt() + " is exceeded";
            if (c.path("labelSelector").isObject()) {
                line += " for selector " + Fields.selector(c.path("labelSelector"));
            }
            w.write(LEVEL_0, line + "\n");
        }
    }
}
