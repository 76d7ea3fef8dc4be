package io.krmcp.output.describe;

import static io.krmcp.output.describe.PrefixWriter.LEVEL_0;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.krmcp.output.table.Fields;

/** kubectl's {@code describeReplicaSet}: selector, owner, replicas, its pods by phase, pod template, conditions. */
public final class ReplicaSetDescriber implements Describer {

    @Override
    public List<RelatedQuery> related(JsonNode rs) {
        return List.of(ControllerPods.query(rs));
    }

    @Override
    public String describe(JsonNode rs, Related related, Instant now) {
        PrefixWriter w = new PrefixWriter();
        w.write(LEVEL_0, "Name:\t" + Fields.text(rs, "metadata", "name") + "\n");
        w.write(LEVEL_0, "Namespace:\t" + Fields.text(rs, "metadata", "namespace") + "\n");
        w.write(LEVEL_0, "Selector:\t" + Fields.selector(rs.path("spec").path("selector")) + "\n");
        DescribeSections.labels(w, "Labels", rs.path("metadata").path("labels"));
        DescribeSections.annotations(w, "Annotations", rs.path("metadata").path("annotations"));
        DescribeSections.optional(w, "Controlled By", DescribeSections.controller(rs));
        w.write(LEVEL_0, "Replicas:\t" + rs.path("status").path("replicas").asLong() + " current / "
                + rs.path("spec").path("replicas").asLong(1) + " desired\n");
        w.write(LEVEL_0, "Pods Status:\t" + ControllerPods.status(rs, related) + "\n");
        PodTemplateSection.write(w, rs.path("spec").path("template"));
        DescribeSections.reasonConditions(w, rs.path("status").path("conditions"));
        DescribeSections.events(w, related, now);
        return w.toString();
    }
}
