package io.krmcp.verbs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.krmcp.command.VerbSpec;

/** The verbs this server implements, by name, plus kubectl's other verbs so a refusal can tell them from typos. */
public final class VerbRegistry {

    private static final Set<String> KUBECTL_VERBS = Set.of("annotate", "api-resources", "api-versions", "apply",
            "attach", "auth", "autoscale", "certificate", "cluster-info", "completion", "config", "cordon", "cp",
            "create", "debug", "delete", "describe", "diff", "drain", "edit", "events", "exec", "explain", "expose",
            "get", "kustomize", "label", "logs", "patch", "plugin", "port-forward", "proxy", "replace", "rollout",
            "run", "scale", "set", "taint", "top", "uncordon", "version", "wait");

    /** kubectl verbs that never change the cluster, for allowed verbs this server does not have yet. */
    private static final Set<String> READ_ONLY_KUBECTL_VERBS = Set.of("get", "describe", "logs", "explain",
            "api-resources", "api-versions", "version", "cluster-info", "top", "events", "auth", "diff");

    private final Map<String, Verb> verbs = new LinkedHashMap<>();

    public VerbRegistry(List<Verb> verbs) {
        for (Verb verb : verbs) {
            this.verbs.put(verb.spec().name(), verb);
        }
    }

    /** Every verb this server implements: the one list the server and the tests register. */
    public static VerbRegistry standard(com.fasterxml.jackson.databind.ObjectMapper json) {
        return new VerbRegistry(List.of(
                new io.krmcp.verbs.get.GetVerb(new io.krmcp.output.JsonPrinter(json)),
                new io.krmcp.verbs.describe.DescribeVerb(),
                new io.krmcp.verbs.logs.LogsVerb(),
                new io.krmcp.verbs.delete.DeleteVerb(),
                new io.krmcp.verbs.scale.ScaleVerb(),
                new io.krmcp.verbs.patch.PatchVerb(),
                new io.krmcp.verbs.rollout.RolloutVerb(),
                new io.krmcp.verbs.run.RunVerb(),
                new io.krmcp.verbs.label.LabelVerb(),
                new io.krmcp.verbs.label.AnnotateVerb(),
                new io.krmcp.verbs.cordon.CordonVerb(true),
                new io.krmcp.verbs.cordon.CordonVerb(false),
                new io.krmcp.verbs.taint.TaintVerb(),
                new io.krmcp.verbs.apiresources.ApiResourcesVerb(),
                new io.krmcp.verbs.auth.AuthVerb(),
                new io.krmcp.verbs.apiversions.ApiVersionsVerb(),
                new io.krmcp.verbs.version.VersionVerb(),
                new io.krmcp.verbs.clusterinfo.ClusterInfoVerb(),
                new io.krmcp.verbs.events.EventsVerb(),
                new io.krmcp.verbs.top.TopVerb(),
                new io.krmcp.verbs.drain.DrainVerb(),
                new io.krmcp.verbs.exec.ExecVerb(),
                new io.krmcp.verbs.explain.ExplainVerb()));
    }

    public Optional<Verb> verb(String name) {
        return Optional.ofNullable(verbs.get(name));
    }

    public Optional<VerbSpec> spec(String name) {
        return verb(name).map(Verb::spec);
    }

    /** A real kubectl verb that this server does not implement. */
    public boolean isUnsupportedKubectlVerb(String name) {
        return KUBECTL_VERBS.contains(name) && !verbs.containsKey(name);
    }

    /** Whether an allowlist entry ({@code delete}, {@code rollout status}) can change the cluster. */
    public boolean canWrite(String allowlistEntry) {
        String[] words = allowlistEntry.trim().split("\\s+");
        String verb = words[0];
        if (verb.equals("rollout") && words.length > 1) {
            return !io.krmcp.verbs.rollout.RolloutFlags.READ_ONLY_SUB_VERBS.contains(words[1]);
        }
        return spec(verb).map(VerbSpec::writes).orElse(!READ_ONLY_KUBECTL_VERBS.contains(verb));
    }

    public List<VerbSpec> specs() {
        return verbs.values().stream().map(Verb::spec).toList();
    }
}
