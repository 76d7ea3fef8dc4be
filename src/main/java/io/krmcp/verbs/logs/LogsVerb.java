package io.krmcp.verbs.logs;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.krmcp.kube.ApiException;
import io.krmcp.kube.CallTimeoutException;
import io.krmcp.kube.model.KnownTypes;
import io.krmcp.kube.model.KubeObject;
import io.krmcp.kube.model.UnknownResourceTypeException;
import io.krmcp.verbs.Verb;
import io.krmcp.verbs.VerbContext;
import io.krmcp.verbs.VerbException;
import io.krmcp.verbs.VerbResult;
import io.krmcp.verbs.workload.PodContainers;
import io.krmcp.verbs.workload.PodForObject;

/**
 * {@code kubectl logs}: one pod, the best pod of a workload ({@code deploy/x}), or every pod a selector matches;
 * the default container or every container. Never follows: one snapshot per call, bounded by the deadline.
 */
public final class LogsVerb extends Verb<LogsOptions> {

    static final String DEFAULT_CONTAINER_ANNOTATION = "kubectl.kubernetes.io/default-container";

    public LogsVerb() {
        super(LogsFlags.SPEC, (command, warnings) -> LogsFlags.toOptions(command));
    }

    @Override
    protected VerbResult run(LogsOptions options, VerbContext ctx, StringBuilder warnings)
            throws VerbException, ApiException, CallTimeoutException, UnknownResourceTypeException {
        String namespace = options.namespace().orElse(ctx.defaultNamespace());
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        try {
            List<JsonNode> pods = options.selector().isPresent()
                    ? PodForObject.matching(ctx, namespace, options.selector().get())
                    : List.of(podForTarget(ctx, options.target().orElseThrow(), namespace, err));
            if (pods.isEmpty()) {
                return new VerbResult("", "No resources found in " + namespace + " namespace.\n", 0, true);
            }
            boolean prefix = options.prefix();
            for (JsonNode pod : pods) {
                for (String container : containers(pod, options, err, options.selector().isEmpty())) {
                    String text = ctx.api().getText(logPath(namespace, pod), options.query(container), ctx.deadline());
                    append(out, text, prefix ? "[pod/" + name(pod) + "/" + container + "] " : "");
                }
            }
        } catch (ApiException e) {
            // logs already read stay visible, as kubectl leaves them on the terminal
            err.append(e.getMessage()).append('\n');
            return new VerbResult(out.toString(), err.toString(), 1, true);
        }
        return new VerbResult(out.toString(), err.toString(), 0, true);
    }

    private static JsonNode podForTarget(VerbContext ctx, String target, String namespace, StringBuilder err)
            throws VerbException, ApiException, CallTimeoutException, UnknownResourceTypeException {
        PodForObject.Chosen chosen;
        try {
            chosen = PodForObject.forTarget(ctx, target, namespace, PodForObject.Preference.FOR_LOGS);
        } catch (ApiException e) {
            if (e.isNotFound()) {
                throw new VerbException("error: error from server (NotFound): " + e.detail() + " in namespace \""
                        + namespace + "\"");
            }
            throw e;
        }
        if (chosen.candidates() > 1) {
            err.append("Found ").append(chosen.candidates()).append(" pods, using pod/").append(name(chosen.pod()))
                    .append('\n');
        }
        return chosen.pod();
    }

    /**
     * The containers to read: the one named, all of them, or the default (the annotation's, else the first) with
     * kubectl's note when the pod has several.
     */
    static List<String> containers(JsonNode pod, LogsOptions options, StringBuilder err, boolean announceDefault)
            throws VerbException {
        List<String> regular = names(pod.path("spec").path("containers"));
        List<String> init = names(pod.path("spec").path("initContainers"));
        List<String> ephemeral = names(pod.path("spec").path("ephemeralContainers"));
        if (options.allContainers()) {
            List<String> all = new ArrayList<>(init);
            all.addAll(regular);
            all.addAll(ephemeral);
            return all;
        }
        if (options.container().isPresent()) {
            // checked here as kubectl checks it, before any log is asked for
            return List.of(PodContainers.choose(pod, options.container(), new StringBuilder()));
        }
        if (regular.isEmpty()) {
            throw new VerbException("error: pod " + name(pod) + " has no containers");
        }
        String annotated = pod.path("metadata").path("annotations").path(DEFAULT_CONTAINER_ANNOTATION).asText("");
        String chosen = regular.contains(annotated) ? annotated : regular.get(0);
        int total = regular.size() + init.size() + ephemeral.size();
        if (total > 1 && announceDefault && annotated.isEmpty()) {
            List<String> described = new ArrayList<>(regular);
            ephemeral.forEach(c -> described.add(c + " (ephem)"));
            init.forEach(c -> described.add(c + " (init)"));
            err.append("Defaulted container \"").append(chosen).append("\" out of: ")
                    .append(String.join(", ", described)).append('\n');
        }
        return List.of(chosen);
    }

    private static List<String> names(JsonNode containers) {
        List<String> out = new ArrayList<>();
        containers.forEach(c -> out.add(c.path("name").asText()));
        return out;
    }

    private static String name(JsonNode pod) {
        return KubeObject.name(pod);
    }

    private static String logPath(String namespace, JsonNode pod) {
        return KnownTypes.PODS.subresourcePath(namespace, name(pod), "log");
    }

    private static void append(StringBuilder out, String text, String prefix) {
        if (text.isEmpty()) {
            return;
        }
        if (prefix.isEmpty()) {
            out.append(text);
        } else {
            for (String line : text.split("\n", -1)) {
                if (!line.isEmpty()) {
                    out.append(prefix).append(line).append('\n');
                }
            }
        }
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }
}
