package io.krmcp.workload;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.krmcp.command.ResourceType;
import io.krmcp.kube.ApiException;
import io.krmcp.kube.CallTimeoutException;
import io.krmcp.kube.KubeApi;
import io.krmcp.output.table.Fields;
import io.krmcp.verbs.VerbContext;

/**
 * kubectl's {@code AttachablePodForObject}: the pods behind a workload ({@code deploy/x}, {@code sts/x}, ...) by its
 * selector, best first as {@code podutils.ByLogging} orders them: scheduled, running, ready, most restarts, oldest.
 */
public final class PodForObject {

    private PodForObject() {
    }

    /** The pods a workload object selects, best candidate for logs first; empty when it selects none. */
    public static List<JsonNode> pods(VerbContext ctx, ResourceType type, JsonNode object, String namespace)
            throws ApiException, CallTimeoutException {
        String selector = selectorOf(type, object);
        if (selector.isEmpty()) {
            return List.of();
        }
        List<JsonNode> pods = new ArrayList<>(matching(ctx, namespace, selector));
        pods.sort(BY_LOGGING);
        return pods;
    }

    /** The pods a label selector matches in a namespace, in the server's order. */
    public static List<JsonNode> matching(VerbContext ctx, String namespace, String selector)
            throws ApiException, CallTimeoutException {
        JsonNode list = ctx.api().get("/api/v1/namespaces/" + namespace + "/pods", Map.of("labelSelector", selector),
                KubeApi.ACCEPT_JSON, ctx.deadline());
        List<JsonNode> pods = new ArrayList<>();
        list.path("items").forEach(pods::add);
        return pods;
    }

    /** The selector as a string: {@code spec.selector} of workloads (a LabelSelector) or of RCs and services (a map). */
    static String selectorOf(ResourceType type, JsonNode object) {
        JsonNode selector = object.path("spec").path("selector");
        if (type.kind().equals("ReplicationController") || type.kind().equals("Service")) {
            String labels = Fields.labels(selector);
            return labels.equals("<none>") ? "" : labels;
        }
        String formatted = Fields.selector(selector);
        return formatted.equals("<none>") ? "" : formatted;
    }

    static final Comparator<JsonNode> BY_LOGGING = Comparator
            .comparing((JsonNode p) -> Fields.text(p, "spec", "nodeName").isEmpty())
            .thenComparing(p -> -phaseOrdinal(Fields.text(p, "status", "phase")))
            .thenComparing(p -> !ready(p))
            .thenComparing(p -> -maxRestarts(p))
            .thenComparing(p -> created(p));

    private static int phaseOrdinal(String phase) {
        return switch (phase) {
            case "Running" -> 2;
            case "Unknown" -> 1;
            default -> 0;
        };
    }

    private static boolean ready(JsonNode pod) {
        for (JsonNode c : pod.path("status").path("conditions")) {
            if ("Ready".equals(c.path("type").asText())) {
                return "True".equals(c.path("status").asText());
            }
        }
        return false;
    }

    private static int maxRestarts(JsonNode pod) {
        int max = 0;
        for (JsonNode s : pod.path("status").path("containerStatuses")) {
            max = Math.max(max, s.path("restartCount").asInt());
        }
        return max;
    }

    private static Instant created(JsonNode pod) {
        String ts = Fields.text(pod, "metadata", "creationTimestamp");
        return ts.isEmpty() ? Instant.MAX : Instant.parse(ts);
    }
}
