package io.krmcp.verbs.rollout;

import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.krmcp.kube.ApiException;
import io.krmcp.kube.CallTimeoutException;
import io.krmcp.kube.KubeApi;
import io.krmcp.kube.model.Fields;
import io.krmcp.kube.model.KnownTypes;
import io.krmcp.kube.model.KubeObject;
import io.krmcp.kube.model.ResourceType;
import io.krmcp.verbs.VerbContext;

/**
 * A workload's revisions as kubectl's history viewers read them: a Deployment's ReplicaSets (revision annotation),
 * a DaemonSet's or StatefulSet's ControllerRevisions ({@code .revision}); each owned by the object.
 */
final class Revisions {

    static final String DEPLOYMENT_REVISION = "deployment.kubernetes.io/revision";
    static final String CHANGE_CAUSE = "kubernetes.io/change-cause";

    /** One revision: the object holding it (ReplicaSet or ControllerRevision) and the pod template it stands for. */
    record Revision(long number, JsonNode holder, JsonNode template) {

        String changeCause() {
            String cause = Fields.text(holder, "metadata", "annotations", CHANGE_CAUSE);
            return cause.isEmpty() ? "<none>" : cause;
        }
    }

    private Revisions() {
    }

    /** Revisions by number, oldest first. */
    static TreeMap<Long, Revision> of(ResourceType type, JsonNode object, VerbContext ctx)
            throws ApiException, CallTimeoutException {
        String namespace = KubeObject.namespace(object);
        String uid = KubeObject.uid(object);
        String selector = Fields.selector(object.path("spec").path("selector"));
        Map<String, String> query = selector.equals("<none>") ? Map.of() : Map.of("labelSelector", selector);
        TreeMap<Long, Revision> out = new TreeMap<>();
        if (type.kind().equals("Deployment")) {
            JsonNode list = ctx.api().get(KnownTypes.REPLICA_SETS.collectionPath(namespace), query,
                    KubeApi.ACCEPT_JSON, ctx.deadline());
            for (JsonNode rs : list.path("items")) {
                String number = Fields.text(rs, "metadata", "annotations", DEPLOYMENT_REVISION);
                if (KubeObject.isControlledBy(rs, uid) && number.matches("[0-9]+")) {
                    out.put(Long.parseLong(number), new Revision(Long.parseLong(number), rs,
                            rs.path("spec").path("template")));
                }
            }
            return out;
        }
        JsonNode list = ctx.api().get(KnownTypes.CONTROLLER_REVISIONS.collectionPath(namespace), query,
                KubeApi.ACCEPT_JSON, ctx.deadline());
        for (JsonNode history : list.path("items")) {
            if (KubeObject.isControlledBy(history, uid)) {
                long number = history.path("revision").asLong();
                out.put(number, new Revision(number, history, templateOf(object, history)));
            }
        }
        return out;
    }

    /**
     * A ControllerRevision's {@code data} is a patch of the object's {@code spec.template}; applied to the current
     * template it gives the template of that revision (maps merge, as the strategic patch does for them).
     */
    static JsonNode templateOf(JsonNode object, JsonNode history) {
        JsonNode patchTemplate = history.path("data").path("spec").path("template");
        JsonNode current = object.path("spec").path("template");
        return patchTemplate.isMissingNode() ? current : merge(current, patchTemplate);
    }

    private static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject() || !target.isObject()) {
            return patch.deepCopy();
        }
        ObjectNode result =
                ((ObjectNode) target).deepCopy();
        patch.fields().forEachRemaining(e -> {
            if (e.getValue().isNull()) {
                result.remove(e.getKey());
            } else {
                result.set(e.getKey(), merge(result.path(e.getKey()), e.getValue()));
            }
        });
        return result;
    }
}
