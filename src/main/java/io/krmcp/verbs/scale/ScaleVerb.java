package io.krmcp.verbs.scale;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.krmcp.command.ParsedCommand;
import io.krmcp.command.VerbSpec;
import io.krmcp.kube.ApiException;
import io.krmcp.kube.CallTimeoutException;
import io.krmcp.kube.KubeApi;
import io.krmcp.kube.model.Fields;
import io.krmcp.kube.model.ResourceType;
import io.krmcp.kube.model.ResourceTypes;
import io.krmcp.kube.model.UnknownResourceTypeException;
import io.krmcp.verbs.DryRun;
import io.krmcp.verbs.Verb;
import io.krmcp.verbs.VerbContext;
import io.krmcp.verbs.VerbException;
import io.krmcp.verbs.VerbResult;
import io.krmcp.verbs.get.GetOptions;

/**
 * {@code kubectl scale}, always through the {@code scale} subresource as kubectl's scaler does: a merge patch of
 * {@code spec.replicas}, or, with a precondition, a read of the Scale, the check, and an update carrying its
 * resourceVersion so a concurrent change fails instead of being overwritten.
 */
public final class ScaleVerb implements Verb {

    /** Built-in types served with a scale subresource; custom resources may declare one too. */
    static final Set<String> SCALABLE_BUILTINS = Set.of("deployments.apps", "replicasets.apps", "statefulsets.apps",
            "replicationcontrollers");
    static final String MERGE_PATCH = "application/merge-patch+json";

    @Override
    public VerbSpec spec() {
        return ScaleFlags.SPEC;
    }

    @Override
    public VerbResult run(ParsedCommand command, VerbContext ctx)
            throws VerbException, ApiException, CallTimeoutException, UnknownResourceTypeException {
        StringBuilder err = new StringBuilder();
        ScaleOptions options = ScaleFlags.toOptions(command, err);
        String namespace = options.namespace().orElse(ctx.defaultNamespace());
        StringBuilder out = new StringBuilder();
        boolean failed = false;
        int scaled = 0;
        for (GetOptions.Target target : options.targets()) {
            ResourceType type = ctx.types().resolve(target.type(), ctx.deadline().remaining());
            if (!scalable(type)) {
                throw new VerbException("error: " + type.groupResource() + " cannot be scaled: only deployments, "
                        + "replicasets, statefulsets, replicationcontrollers and custom resources with a scale "
                        + "subresource can");
            }
            String ns = type.namespaced() ? namespace : null;
            for (String name : names(ctx, type, target, ns, options, err)) {
                try {
                    if (options.dryRun() != DryRun.CLIENT) {
                        scale(ctx, type, ns, name, options);
                    }
                    out.append(options.nameOutput() ? type.kindPrefix() + "/" + name + "\n"
                            : type.kindPrefix() + "/" + name + " scaled" + options.dryRun().suffix() + "\n");
                    scaled++;
                } catch (ApiException e) {
                    err.append(e.isNotFound() ? type.notFound(name) : e.getMessage()).append('\n');
                    failed = true;
                } catch (VerbException e) {
                    err.append(e.getMessage()).append('\n');
                    failed = true;
                }
            }
        }
        if (scaled == 0 && !failed) {
            throw new VerbException("error: no objects passed to scale");
        }
        return new VerbResult(out.toString(), err.toString(), failed ? 1 : 0);
    }

    static boolean scalable(ResourceType type) {
        return SCALABLE_BUILTINS.contains(type.groupResource()) || ResourceTypes.builtinKind(type.kind()).isEmpty();
    }

    /** The names given (each must exist, as kubectl's builder reads them first), or what -l or --all lists. */
    private static List<String> names(VerbContext ctx, ResourceType type, GetOptions.Target target, String ns,
                                      ScaleOptions options, StringBuilder err)
            throws ApiException, CallTimeoutException {
        if (!target.names().isEmpty()) {
            return target.names();
        }
        Map<String, String> query = new LinkedHashMap<>();
        options.selector().ifPresent(s -> query.put("labelSelector", s));
        List<String> out = new ArrayList<>();
        ctx.api().get(type.collectionPath(ns), query, KubeApi.ACCEPT_JSON, ctx.deadline()).path("items")
                .forEach(item -> out.add(Fields.text(item, "metadata", "name")));
        return out;
    }

    private static void scale(VerbContext ctx, ResourceType type, String ns, String name, ScaleOptions options)
            throws ApiException, CallTimeoutException, VerbException {
        String path = type.objectPath(ns, name) + "/scale";
        Map<String, String> query = options.dryRun() == DryRun.SERVER ? Map.of("dryRun", "All") : Map.of();
        if (!options.hasPrecondition()) {
            ctx.api().send("PATCH", path, query, MERGE_PATCH,
                    "{\"spec\":{\"replicas\":" + options.replicas() + "}}", ctx.deadline());
            return;
        }
        JsonNode scale = ctx.api().get(path, Map.of(), KubeApi.ACCEPT_JSON, ctx.deadline());
        long current = scale.path("spec").path("replicas").asLong(0);
        if (options.currentReplicas() != -1 && current != options.currentReplicas()) {
            throw new VerbException("error: Expected replicas to be " + options.currentReplicas() + ", was "
                    + current);
        }
        String version = Fields.text(scale, "metadata", "resourceVersion");
        if (options.resourceVersion().isPresent() && !options.resourceVersion().get().equals(version)) {
            throw new VerbException("error: Expected resource version to be " + options.resourceVersion().get()
                    + ", was " + version);
        }
        ObjectNode update = ctx.api().json().createObjectNode();
        update.put("apiVersion", "autoscaling/v1");
        update.put("kind", "Scale");
        ObjectNode metadata = update.putObject("metadata");
        metadata.put("name", name);
        if (ns != null) {
            metadata.put("namespace", ns);
        }
        metadata.put("resourceVersion", version);
        update.putObject("spec").put("replicas", options.replicas());
        ctx.api().send("PUT", path, query, KubeApi.ACCEPT_JSON, update.toString(), ctx.deadline());
    }
}
