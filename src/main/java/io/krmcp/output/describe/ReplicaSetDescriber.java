package io.krmcp.output.describe;

import static io.krmcp.output.describe.PrefixWriter.LEVEL_0;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.krmcp.kube.model.Fields;
import io.krmcp.kube.model.KubeObject;

/** kubectl's {@code describeReplicaSet}: selector, owner, replicas, its pods by phase, pod template, conditions. */
public final class ReplicaSetDescriber implements Describer {

    @Override
    public List<RelatedQuery> related(JsonNode rs) {
        return List.of(ControllerPods.query(rs));
    }

    @Override
    public String describe(JsonNode rs, Related related, Instant now) {
        return layout(rs, Fields.selector(rs.path("spec").path("selector")), DescribeSections.controller(rs),
                related, now);
    }

    /**
     * The layout ReplicaSets and ReplicationControllers share; kubectl prints an RC's map selector as labels and no
     * owner line.
     */
    static String layout(JsonNode controller, String selector, String controlledBy, Related related, Instant now) {
        PrefixWriter w = new PrefixWriter();
        w.write(LEVEL_0, "Name:\t" + KubeObject.name(controller) + "\n");
        w.write(LEVEL_0, "Namespace:\t" + KubeObject.namespace(controller) + "\n");
        w.write(LEVEL_0, "Selector:\t" + selector + "\n");
        DescribeSections.labels(w, "Labels", controller.path("metadata").path("labels"));
        DescribeSections.annotations(w, "Annotations", controller.path("metadata").path("annotations"));
        DescribeSections.optional(w, "Controlled By", controlledBy);
        w.write(LEVEL_0, "Replicas:\t" + controller.path("status").path("replicas").asLong() + " current / "
                + controller.path("spec").path("replicas").asLong(1) + " desired\n");
        w.write(LEVEL_0, "Pods Status:\t" + ControllerPods.status(controller, related) + "\n");
        PodTemplateSection.write(w, controller.path("spec").path("template"));
        DescribeSections.reasonConditions(w, controller.path("status").path("conditions"));
        DescribeSections.events(w, related, now);
        return w.toString();
    }
}
