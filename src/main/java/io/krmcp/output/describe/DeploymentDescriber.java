package io.krmcp.output.describe;

import static io.krmcp.output.describe.PrefixWriter.LEVEL_0;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.krmcp.kube.model.DeploymentReplicaSets;
import io.krmcp.kube.model.Fields;
import io.krmcp.kube.model.KnownTypes;
import io.krmcp.kube.model.KubeObject;

/** kubectl's {@code describeDeployment}: replicas, strategy, pod template, conditions, old and new ReplicaSets. */
public final class DeploymentDescriber implements Describer {

    private static final String REPLICA_SETS = "replicasets";

    @Override
    public List<RelatedQuery> related(JsonNode deployment) {
        String selector = DescribeSections.selector(deployment.path("spec").path("selector"));
        return List.of(RelatedQuery.list(REPLICA_SETS, KnownTypes.REPLICA_SETS.collectionPath(KubeObject.namespace(deployment)),
                selector.isEmpty() ? Map.of() : Map.of("labelSelector", selector)));
    }

    @Override
    public String describe(JsonNode d, Related related, Instant now) {
        PrefixWriter w = new PrefixWriter();
        JsonNode spec = d.path("spec");
        JsonNode status = d.path("status");
        w.write(LEVEL_0, "Name:\t" + KubeObject.name(d) + "\n");
        w.write(LEVEL_0, "Namespace:\t" + KubeObject.namespace(d) + "\n");
        w.write(LEVEL_0, "CreationTimestamp:\t" + DescribeSections.time(KubeObject.creationTimestamp(d))
                + "\n");
        DescribeSections.labels(w, "Labels", d.path("metadata").path("labels"));
        DescribeSections.annotations(w, "Annotations", d.path("metadata").path("annotations"));
        w.write(LEVEL_0, "Selector:\t" + DescribeSections.selector(spec.path("selector")) + "\n");
        w.write(LEVEL_0, "Replicas:\t" + spec.path("replicas").asLong(1) + " desired | "
                + status.path("updatedReplicas").asLong() + " updated | " + status.path("replicas").asLong()
                + " total | " + status.path("availableReplicas").asLong() + " available | "
                + status.path("unavailableReplicas").asLong() + " unavailable\n");
        w.write(LEVEL_0, "StrategyType:\t" + Fields.text(spec, "strategy", "type") + "\n");
        w.write(LEVEL_0, "MinReadySeconds:\t" + spec.path("minReadySeconds").asLong() + "\n");
        JsonNode rolling = spec.path("strategy").path("rollingUpdate");
        if (rolling.isObject()) {
            w.write(LEVEL_0, "RollingUpdateStrategy:\t" + rolling.path("maxUnavailable").asText("25%")
                    + " max unavailable, " + rolling.path("maxSurge").asText("25%") + " max surge\n");
        }
        PodTemplateSection.write(w, spec.path("template"));
        DescribeSections.reasonConditions(w, status.path("conditions"));
        if (related.error(REPLICA_SETS).isEmpty()) {
            DeploymentReplicaSets sets = DeploymentReplicaSets.of(d, related.items(REPLICA_SETS));
            if (!sets.oldSets().isEmpty() || sets.newSet().isPresent()) {
                w.write(LEVEL_0, "OldReplicaSets:\t" + replicaSets(sets.oldSets()) + "\n");
                w.write(LEVEL_0, "NewReplicaSet:\t" + replicaSets(sets.newSet().stream().toList()) + "\n");
            }
        }
        DescribeSections.events(w, related, now);
        return w.toString();
    }

    /** {@code printReplicaSetsByLabels}: {@code web-7d4b9 (3/3 replicas created)}, comma-joined. */
    private static String replicaSets(List<JsonNode> sets) {
        List<String> out = new ArrayList<>();
        for (JsonNode rs : sets) {
            out.add(KubeObject.name(rs) + " (" + rs.path("status").path("replicas").asLong() + "/"
                    + rs.path("spec").path("replicas").asLong(1) + " replicas created)");
        }
        return out.isEmpty() ? "<none>" : String.join(", ", out);
    }
}
