package io.krmcp.verbs.drain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.krmcp.kube.ApiException;
import io.krmcp.kube.CallTimeoutException;
import io.krmcp.kube.KubeApi;
import io.krmcp.kube.model.Fields;
import io.krmcp.kube.model.KnownTypes;
import io.krmcp.kube.model.KubeObject;
import io.krmcp.verbs.VerbContext;

/**
 * kubectl's drain filters, in its order: pods deleted long ago (with --skip-wait-for-delete-timeout), DaemonSet pods,
 * mirror pods, pods with emptyDir data, pods without a controller. Each pod gets the first verdict that does not
 * delete it, or the last one; errors stop the node's drain, warnings are printed once per reason.
 */
final class PodFilters {

    enum Kind { OKAY, SKIP, WARNING, ERROR }

    record Verdict(boolean delete, Kind kind, String message) {
        static final Verdict OKAY = new Verdict(true, Kind.OKAY, "");
        static final Verdict SKIP = new Verdict(false, Kind.SKIP, "");
    }

    record Classified(JsonNode pod, Verdict verdict) {
        String key() {
            return KubeObject.namespace(pod) + "/" + KubeObject.name(pod);
        }
    }

    static final String DAEMONSET_FATAL = "DaemonSet-managed Pods (use --ignore-daemonsets to ignore)";
    static final String DAEMONSET_WARNING = "ignoring DaemonSet-managed Pods";
    static final String LOCAL_STORAGE_FATAL = "Pods with local storage (use --delete-emptydir-data to override)";
    static final String LOCAL_STORAGE_WARNING = "deleting Pods with local storage";
    static final String UNMANAGED_FATAL = "Pods that declare no controller (use --force to override)";
    static final String UNMANAGED_WARNING = "deleting Pods that declare no controller";

    private final DrainFlags flags;
    private final VerbContext ctx;

    PodFilters(DrainFlags flags, VerbContext ctx) {
        this.flags = flags;
        this.ctx = ctx;
    }

    List<Classified> classify(List<JsonNode> pods) throws ApiException, CallTimeoutException {
        List<Classified> out = new ArrayList<>();
        for (JsonNode pod : pods) {
            Verdict verdict = Verdict.OKAY;
            for (int i = 0; i < 5 && verdict.delete(); i++) {
                verdict = switch (i) {
                    case 0 -> skipDeleted(pod);
                    case 1 -> daemonSet(pod);
                    case 2 -> mirror(pod);
                    case 3 -> localStorage(pod);
                    default -> unreplicated(pod);
                };
            }
            out.add(new Classified(pod, verdict));
        }
        return out;
    }

    /** {@code cannot delete <reason>: ns/a, ns/b}, one per reason, in the filters' order. */
    static List<String> errors(List<Classified> pods) {
        return grouped(pods, Kind.ERROR).entrySet().stream()
                .map(e -> "cannot delete " + (e.getKey().isEmpty() ? "unexpected error" : e.getKey()) + ": "
                        + String.join(", ", e.getValue())).toList();
    }

    /** {@code <reason>: ns/a, ns/b} joined with {@code ; }, as kubectl's warning line. */
    static String warnings(List<Classified> pods) {
        return String.join("; ", grouped(pods, Kind.WARNING).entrySet().stream()
                .map(e -> e.getKey() + ": " + String.join(", ", e.getValue())).toList());
    }

    private static Map<String, List<String>> grouped(List<Classified> pods, Kind kind) {
        Map<String, List<String>> byMessage = new LinkedHashMap<>();
        for (Classified c : pods) {
            if (c.verdict().kind() == kind) {
                byMessage.computeIfAbsent(c.verdict().message(), k -> new ArrayList<>()).add(c.key());
            }
        }
        return byMessage;
    }

    private static boolean finished(JsonNode pod) {
        String phase = Fields.text(pod, "status", "phase");
        return phase.equals("Succeeded") || phase.equals("Failed");
    }

    private static JsonNode controller(JsonNode pod) {
        for (JsonNode ref : pod.path("metadata").path("ownerReferences")) {
            if (ref.path("controller").asBoolean(false)) {
                return ref;
            }
        }
        return null;
    }

    private Verdict skipDeleted(JsonNode pod) {
        return flags.deletedLongAgo(pod, ctx.clock().instant()) ? Verdict.SKIP : Verdict.OKAY;
    }

    private Verdict daemonSet(JsonNode pod) throws ApiException, CallTimeoutException {
        JsonNode ref = controller(pod);
        if (ref == null || !ref.path("kind").asText().equals("DaemonSet")
                || !ref.path("apiVersion").asText().equals("apps/v1") || finished(pod)) {
            return Verdict.OKAY;
        }
        try {
            ctx.api().get(KnownTypes.DAEMON_SETS.objectPath(KubeObject.namespace(pod), ref.path("name").asText()),
                    Map.of(), KubeApi.ACCEPT_JSON, ctx.deadline());
        } catch (ApiException e) {
            if (e.isNotFound() && flags.force()) {
                return new Verdict(true, Kind.WARNING, e.detail());
            }
            return new Verdict(false, Kind.ERROR, e.detail());
        }
        return flags.ignoreDaemonSets() ? new Verdict(false, Kind.WARNING, DAEMONSET_WARNING)
                : new Verdict(false, Kind.ERROR, DAEMONSET_FATAL);
    }

    private static Verdict mirror(JsonNode pod) {
        return pod.path("metadata").path("annotations").has("kubernetes.io/config.mirror") ? Verdict.SKIP
                : Verdict.OKAY;
    }

    private Verdict localStorage(JsonNode pod) {
        boolean emptyDir = false;
        for (JsonNode volume : pod.path("spec").path("volumes")) {
            emptyDir |= volume.has("emptyDir");
        }
        if (!emptyDir || finished(pod)) {
            return Verdict.OKAY;
        }
        return flags.deleteEmptyDirData() ? new Verdict(true, Kind.WARNING, LOCAL_STORAGE_WARNING)
                : new Verdict(false, Kind.ERROR, LOCAL_STORAGE_FATAL);
    }

    private Verdict unreplicated(JsonNode pod) {
        if (finished(pod) || controller(pod) != null) {
            return Verdict.OKAY;
        }
        return flags.force() ? new Verdict(true, Kind.WARNING, UNMANAGED_WARNING)
                : new Verdict(false, Kind.ERROR, UNMANAGED_FATAL);
    }
}
