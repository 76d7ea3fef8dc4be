package io.krmcp.kube.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * kubectl's {@code deploymentutil}: which ReplicaSets a Deployment owns, which of them is the new one (same pod
 * template, ignoring {@code pod-template-hash}; the oldest if several) and which are old. Describe shows them;
 * rollout history and undo read revisions from them.
 */
public record DeploymentReplicaSets(Optional<JsonNode> newSet, List<JsonNode> oldSets) {

    static final String HASH_LABEL = "pod-template-hash";

    /** @param listed the ReplicaSets the Deployment's selector matched, in any order */
    public static DeploymentReplicaSets of(JsonNode deployment, List<JsonNode> listed) {
        String uid = KubeObject.uid(deployment);
        List<JsonNode> owned = new ArrayList<>();
        for (JsonNode rs : listed) {
            if (KubeObject.isControlledBy(rs, uid)) {
                owned.add(rs);
            }
        }
        owned.sort(Comparator.comparing((JsonNode rs) -> KubeObject.creationTimestamp(rs))
                .thenComparing(rs -> KubeObject.name(rs)));
        JsonNode template = withoutHash(deployment.path("spec").path("template"));
        Optional<JsonNode> newSet = owned.stream()
                .filter(rs -> withoutHash(rs.path("spec").path("template")).equals(template)).findFirst();
        List<JsonNode> old = owned.stream()
                .filter(rs -> newSet.isEmpty() || rs != newSet.get()).toList();
        return new DeploymentReplicaSets(newSet, old);
    }

    /** A copy of a pod template without the {@code pod-template-hash} label, as a rollback restores it. */
    public static JsonNode withoutHashLabel(JsonNode template) {
        JsonNode copy = template.deepCopy();
        if (copy.path("metadata").path("labels") instanceof ObjectNode labels) {
            labels.remove(HASH_LABEL);
        }
        return copy;
    }

    /** {@code equalIgnoreHash}: the same pod template, hash label and empty fields aside. */
    public static boolean sameTemplate(JsonNode a, JsonNode b) {
        return withoutHash(a).equals(withoutHash(b));
    }

    /**
     * The template as {@code Semantic.DeepEqual} compares it: no hash label, and null, empty maps and empty lists
     * counted as absent.
     */
    static JsonNode withoutHash(JsonNode template) {
        JsonNode copy = template.deepCopy();
        if (copy.path("metadata").path("labels") instanceof ObjectNode labels) {
            labels.remove(HASH_LABEL);
        }
        return pruned(copy);
    }

    private static JsonNode pruned(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode value = pruned(e.getValue());
                if (value.isNull() || (value.isContainerNode() && value.isEmpty())) {
                    it.remove();
                } else {
                    e.setValue(value);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                ((ArrayNode) node).set(i, pruned(node.get(i)));
            }
        }
        return node;
    }
}
