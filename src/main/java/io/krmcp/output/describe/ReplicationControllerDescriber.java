package io.krmcp.output.describe;

import static io.krmcp.output.describe.PrefixWriter.LEVEL_0;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.krmcp.output.table.Fields;

/**
 * kubectl's {@code describeReplicationController}: a ReplicaSet's layout with the selector as a plain label map and
 * no owner line.
 */
public final class ReplicationControllerDescriber implements Describer {

    @Override
    public List<RelatedQuery> related(JsonNode rc) {
        return List.of(ControllerPods.query(rc, Fields.labels(rc.path("spec").path("selector"))));
    }

    @Override
    public String describe(JsonNode rc, Related related, Instant now) {
        PrefixWriter w = new PrefixWriter();
        w.write(LEVEL_0, "Name:\t" + Fields.text(rc, "metadata", "name") + "\n");
        w.write(LEVEL_0, "Namespace:\t" + Fields.text(rc, "metadata", "namespace") + "\n");
        w.write(LEVEL_0, "Selector:\t" + Fields.labels(rc.path("spec").path("selector")) + "\n");
        DescribeSections.labels(w, "Labels", rc.path("metadata").path("labels"));
        DescribeSections.annotations(w, "Annotations", rc.path("metadata").path("annotations"));
        w.write(LEVEL_0, "Replicas:\t" + rc.path("status").path("replicas").asLong() + " current / "
                + rc.path("spec").path("replicas").asLong(1) + " desired\n");
        w.write(LEVEL_0, "Pods Status:\t" + ControllerPods.status(rc, related) + "\n");
        PodTemplateSection.write(w, rc.path("spec").path("template"));
        DescribeSections.reasonConditions(w, rc.path("status").path("conditions"));
        DescribeSections.events(w, related, now);
        return w.toString();
    }
}
