package io.krmcp.flow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.krmcp.command.VerbSpec;
import io.krmcp.output.JsonPrinter;
import io.krmcp.verbs.Verb;
import io.krmcp.verbs.apiresources.ApiResourcesVerb;
import io.krmcp.verbs.apiversions.ApiVersionsVerb;
import io.krmcp.verbs.auth.AuthVerb;
import io.krmcp.verbs.clusterinfo.ClusterInfoVerb;
import io.krmcp.verbs.cordon.CordonVerb;
import io.krmcp.verbs.delete.DeleteVerb;
import io.krmcp.verbs.describe.DescribeVerb;
import io.krmcp.verbs.drain.DrainVerb;
import io.krmcp.verbs.events.EventsVerb;
import io.krmcp.verbs.exec.ExecVerb;
import io.krmcp.verbs.explain.ExplainVerb;
import io.krmcp.verbs.get.GetVerb;
import io.krmcp.verbs.label.AnnotateVerb;
import io.krmcp.verbs.label.LabelVerb;
import io.krmcp.verbs.logs.LogsVerb;
import io.krmcp.verbs.patch.PatchVerb;
import io.krmcp.verbs.rollout.RolloutFlags;
import io.krmcp.verbs.rollout.RolloutVerb;
import io.krmcp.verbs.run.RunVerb;
import io.krmcp.verbs.scale.ScaleVerb;
import io.krmcp.verbs.taint.TaintVerb;
import io.krmcp.verbs.top.TopVerb;
import io.krmcp.verbs.version.VersionVerb;

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

    private final Map<String, Verb<?>> verbs = new LinkedHashMap<>();

    public VerbRegistry(List<Verb<?>> verbs) {
        for (Verb<?> verb : verbs) {
            this.verbs.put(verb.spec().name(), verb);
        }
    }

    /** Every verb this server implements: the one list the server and the tests register. */
    public static VerbRegistry standard(ObjectMapper json) {
        return new VerbRegistry(List.of(
                new GetVerb(new JsonPrinter(json)),
                new DescribeVerb(),
                new LogsVerb(),
                new DeleteVerb(),
                new ScaleVerb(),
                new PatchVerb(new JsonPrinter(json)),
                new RolloutVerb(),
                new RunVerb(),
                new LabelVerb(),
                new AnnotateVerb(),
                new CordonVerb(true),
                new CordonVerb(false),
                new TaintVerb(),
                new ApiResourcesVerb(),
                new AuthVerb(),
                new ApiVersionsVerb(),
                new VersionVerb(),
                new ClusterInfoVerb(),
                new EventsVerb(new JsonPrinter(json)),
                new TopVerb(),
                new DrainVerb(),
                new ExecVerb(),
                new ExplainVerb()));
    }

    public Optional<Verb<?>> verb(String name) {
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
            return !RolloutFlags.READ_ONLY_SUB_VERBS.contains(words[1]);
        }
        return spec(verb).map(VerbSpec::writes).orElse(!READ_ONLY_KUBECTL_VERBS.contains(verb));
    }

    public List<VerbSpec> specs() {
        return verbs.values().stream().map(Verb::spec).toList();
    }
}
