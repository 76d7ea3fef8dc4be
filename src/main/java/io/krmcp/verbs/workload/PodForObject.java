package io.krmcp.verbs.workload;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.krmcp.command.KubeNames;
import io.krmcp.kube.ApiException;
import io.krmcp.kube.CallTimeoutException;
import io.krmcp.kube.KubeApi;
import io.krmcp.kube.model.Fields;
import io.krmcp.kube.model.KnownTypes;
import io.krmcp.kube.model.KubeObject;
import io.krmcp.kube.model.ResourceType;
import io.krmcp.kube.model.UnknownResourceTypeException;
import io.krmcp.verbs.VerbContext;
import io.krmcp.verbs.VerbException;

/**
 * kubectl's {@code AttachablePodForObject}: the pods behind a workload ({@code deploy/x}, {@code sts/x}, ...) by its
 * selector, best first as {@code podutils.ByLogging} orders them: scheduled, running, ready, most restarts, oldest.
 */
public final class PodForObject {

    private PodForObject() {
    }

    /** Which pod kubectl prefers: {@code logs} the busiest for logging, {@code exec} the most active. */
    public enum Preference {
        FOR_LOGS, FOR_EXEC
    }

    /** The pod a command addresses and how many the workload had to choose from. */
    public record Chosen(JsonNode pod, int candidates) {
    }

    /** The pods a workload object selects, best candidate for logs first; empty when it selects none. */
    public static List<JsonNode> pods(VerbContext ctx, ResourceType type, JsonNode object, String namespace)
            throws ApiException, CallTimeoutException {
        return pods(ctx, type, object, namespace, Preference.FOR_LOGS);
    }

    private static List<JsonNode> pods(VerbContext ctx, ResourceType type, JsonNode object, String namespace,
                                       Preference preference) throws ApiException, CallTimeoutException {
        String selector = selectorOf(type, object);
        if (selector.isEmpty()) {
            return List.of();
        }
        List<JsonNode> pods = new ArrayList<>(matching(ctx, namespace, selector));
        pods.sort(preference == Preference.FOR_LOGS ? BY_LOGGING : MOST_ACTIVE);
        return pods;
    }

    /**
     * {@code POD}, {@code pod/NAME} or {@code TYPE/NAME} of a workload resolved to one pod, as kubectl's logs and
     * exec do; kubectl's errors for a bad argument, a missing object or a workload without pods.
     */
    public static Chosen forTarget(VerbContext ctx, String target, String namespace, Preference preference)
            throws VerbException, ApiException, CallTimeoutException, UnknownResourceTypeException {
        int slash = target.indexOf('/');
        String typeToken = slash < 0 ? "pods" : target.substring(0, slash);
        String name = slash < 0 ? target : target.substring(slash + 1);
        if (!KubeNames.isName(name) || !KubeNames.isTypeToken(typeToken)) {
            throw VerbException.usage("error: invalid resource \"" + target + "\": use POD or TYPE/NAME");
        }
        ResourceType type = ctx.types().resolve(typeToken, ctx.deadline().remaining());
        JsonNode object;
        try {
            object = ctx.api().get(type.objectPath(namespace, name), Map.of(), KubeApi.ACCEPT_JSON, ctx.deadline());
        } catch (ApiException e) {
            if (e.isNotFound()) {
                // worded here: some servers (and the test mock) answer 404 without a Status to copy
                throw ApiException.fromServer(404, "NotFound", type.groupResource() + " \"" + name + "\" not found");
            }
            throw e;
        }
        if (type.kind().equals("Pod")) {
            return new Chosen(object, 1);
        }
        List<JsonNode> pods = pods(ctx, type, object, namespace, preference);
        if (pods.isEmpty()) {
            throw new VerbException("error: no pods found for " + type.kindPrefix() + "/" + name);
        }
        return new Chosen(pods.get(0), pods.size());
    }

    /** The pods a label selector matches in a namespace, in the server's order. */
    public static List<JsonNode> matching(VerbContext ctx, String namespace, String selector)
            throws ApiException, CallTimeoutException {
        JsonNode list = ctx.api().get(KnownTypes.PODS.collectionPath(namespace), Map.of("labelSelector", selector),
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

    /**
     * {@code podutils.ByLogging}: assigned, then Running (and any phase Go's map lacks: Succeeded, Failed) before
     * Unknown before Pending, ready, ready longest, most restarts, oldest.
     */
    static final Comparator<JsonNode> BY_LOGGING = Comparator
            .comparing((JsonNode p) -> Fields.text(p, "spec", "nodeName").isEmpty())
            .thenComparing(p -> loggingPhaseRank(Fields.text(p, "status", "phase")))
            .thenComparing(p -> !ready(p))
            .thenComparing(p -> readySince(p))
            .thenComparing(p -> -maxRestarts(p))
            .thenComparing(p -> created(p));

    private static int loggingPhaseRank(String phase) {
        return switch (phase) {
            case "Unknown" -> 1;
            case "Pending" -> 2;
            default -> 0;
        };
    }

    /**
     * {@code sort.Reverse(podutils.ActivePods)}: assigned, running, ready, ready longest, fewest restarts, oldest.
     */
    static final Comparator<JsonNode> MOST_ACTIVE = Comparator
            .comparing((JsonNode p) -> Fields.text(p, "spec", "nodeName").isEmpty())
            .thenComparing(p -> -phaseOrdinal(Fields.text(p, "status", "phase")))
            .thenComparing(p -> !ready(p))
            .thenComparing(p -> readySince(p))
            .thenComparing(p -> maxRestarts(p))
            .thenComparing(p -> created(p));

    private static Instant readySince(JsonNode pod) {
        for (JsonNode c : pod.path("status").path("conditions")) {
            if ("Ready".equals(c.path("type").asText()) && "True".equals(c.path("status").asText())) {
                String since = c.path("lastTransitionTime").asText("");
                return since.isEmpty() ? Instant.MAX : Instant.parse(since);
            }
        }
        return Instant.MAX;
    }

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
        String ts = KubeObject.creationTimestamp(pod);
        return ts.isEmpty() ? Instant.MAX : Instant.parse(ts);
    }
}
