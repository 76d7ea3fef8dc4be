package io.krmcp.output.describe;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.krmcp.kube.model.Fields;

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
        return ReplicaSetDescriber.layout(rc, Fields.labels(rc.path("spec").path("selector")), "", related, now);
    }
}
