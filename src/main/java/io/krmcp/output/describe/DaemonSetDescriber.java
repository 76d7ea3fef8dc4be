package io.krmcp.output.describe;

import static io.krmcp.output.describe.PrefixWriter.LEVEL_0;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.krmcp.kube.model.Fields;
import io.krmcp.kube.model.KubeObject;

/** kubectl's {@code describeDaemonSet}: node scheduling counts, pods by phase, pod template. */
public final class DaemonSetDescriber implements Describer {

    @Override
    public List<RelatedQuery> related(JsonNode ds) {
        return List.of(ControllerPods.query(ds));
    }

    @Override
    public String describe(JsonNode ds, Related related, Instant now) {
        PrefixWriter w = new PrefixWriter();
        JsonNode spec = ds.path("spec");
        JsonNode status = ds.path("status");
        w.write(LEVEL_0, "Name:\t" + KubeObject.name(ds) + "\n");
        w.write(LEVEL_0, "Namespace:\t" + KubeObject.namespace(ds) + "\n");
        w.write(LEVEL_0, "Selector:\t" + DescribeSections.selector(spec.path("selector")) + "\n");
        String nodeSelector = Fields.labels(spec.path("template").path("spec").path("nodeSelector"));
        w.write(LEVEL_0, "Node-Selector:\t" + nodeSelector + "\n");
        DescribeSections.labels(w, "Labels", ds.path("metadata").path("labels"));
        DescribeSections.annotations(w, "Annotations", ds.path("metadata").path("annotations"));
        w.write(LEVEL_0, "Desired Number of Nodes Scheduled: " + status.path("desiredNumberScheduled").asLong() + "\n");
        w.write(LEVEL_0, "Current Number of Nodes Scheduled: " + status.path("currentNumberScheduled").asLong() + "\n");
        w.write(LEVEL_0, "Number of Nodes Scheduled with Up-to-date Pods: "
                + status.path("updatedNumberScheduled").asLong() + "\n");
        w.write(LEVEL_0, "Number of Nodes Scheduled with Available Pods: " + status.path("numberAvailable").asLong()
                + "\n");
        w.write(LEVEL_0, "Number of Nodes Misscheduled: " + status.path("numberMisscheduled").asLong() + "\n");
        w.write(LEVEL_0, "Pods Status:\t" + ControllerPods.status(ds, related) + "\n");
        PodTemplateSection.write(w, spec.path("template"));
        DescribeSections.events(w, related, now);
        return w.toString();
    }
}
