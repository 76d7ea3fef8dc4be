package io.krmcp.output.describe;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.krmcp.kube.model.Fields;
import io.krmcp.kube.model.KubeObject;

/** kubectl's {@code getPodStatusForController}: a controller's pods by phase, counting only pods it controls. */
final class ControllerPods {

    static final String KEY = "pods";

    private ControllerPods() {
    }

    static RelatedQuery query(JsonNode controller) {
        return query(controller, Fields.selector(controller.path("spec").path("selector")));
    }

    /** @param selector the controller's selector as a label selector string ({@code <none>} for none) */
    static RelatedQuery query(JsonNode controller, String selector) {
        return RelatedQuery.podsMatching(KEY, KubeObject.namespace(controller),
                selector.equals("<none>") ? "" : selector);
    }

    /** {@code 2 Running / 0 Waiting / 0 Succeeded / 1 Failed}, or kubectl's message when the pods could not be read. */
    static String status(JsonNode controller, Related related) {
        if (related.error(KEY).isPresent()) {
            return "error in fetching pods: " + related.error(KEY).get();
        }
        String uid = KubeObject.uid(controller);
        int running = 0;
        int waiting = 0;
        int succeeded = 0;
        int failed = 0;
        List<JsonNode> pods = related.items(KEY);
        for (JsonNode pod : pods) {
            if (!KubeObject.isControlledBy(pod, uid)) {
                continue;
            }
            switch (Fields.text(pod, "status", "phase")) {
                case "Running" -> running++;
                case "Pending" -> waiting++;
                case "Succeeded" -> succeeded++;
                case "Failed" -> failed++;
                default -> { }
            }
        }
        return running + " Running / " + waiting + " Waiting / " + succeeded + " Succeeded / " + failed + " Failed";
    }
}
