package io.krmcp.verbs.scale;

import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.krmcp.kube.ApiException;
import io.krmcp.kube.CallTimeoutException;
import io.krmcp.kube.KubeApi;
import io.krmcp.kube.model.KubeObject;
import io.krmcp.kube.model.ResourceType;
import io.krmcp.kube.model.ResourceTypes;
import io.krmcp.kube.model.UnknownResourceTypeException;
import io.krmcp.verbs.DryRun;
import io.krmcp.verbs.Verb;
import io.krmcp.verbs.VerbContext;
import io.krmcp.verbs.VerbException;
import io.krmcp.verbs.VerbResult;
import io.krmcp.verbs.resource.ResourceVisitor;
import io.krmcp.verbs.resource.Visit;

/**
 * {@code kubectl scale}, always through the {@code scale} subresource as kubectl's scaler does: a merge patch of
 * {@code spec.replicas}, or, with a precondition, a read of the Scale, the check, and an update carrying its
 * resourceVersion so a concurrent change fails instead of being overwritten.
 */
public final class ScaleVerb extends Verb<ScaleOptions> {

    /** Built-in types served with a scale subresource; custom resources may declare one too. */
    static final Set<String> SCALABLE_BUILTINS = Set.of("deployments.apps", "replicasets.apps", "statefulsets.apps",
            "replicationcontrollers");
    static final String MERGE_PATCH = "application/merge-patch+json";

    public ScaleVerb() {
        super(ScaleFlags.SPEC, ScaleFlags::toOptions);
    }

    @Override
    protected VerbResult run(ScaleOptions options, VerbContext ctx, StringBuilder err)
            throws VerbException, ApiException, CallTimeoutException, UnknownResourceTypeException {
        Visit visit = new ResourceVisitor(ctx, options.selection(), options.namespace().orElse(ctx.defaultNamespace()))
                .checking(ScaleVerb::checkScalable)
                .visit(err, (object, out) -> {
                    if (options.dryRun() != DryRun.CLIENT) {
                        scale(ctx, object.type(), object.namespace(), object.name(), options);
                    }
                    out.print(object.type().kindPrefix() + "/" + object.name()
                            + (options.nameOutput() ? "" : " scaled" + options.dryRun().suffix()) + "\n");
                });
        if (visit.visited() == 0 && !visit.failed()) {
            throw new VerbException("error: no objects passed to scale");
        }
        return visit.result();
    }

    private static void checkScalable(ResourceType type) throws VerbException {
        if (!scalable(type)) {
            throw new VerbException("error: " + type.groupResource() + " cannot be scaled: only deployments, "
                    + "replicasets, statefulsets, replicationcontrollers and custom resources with a scale "
                    + "subresource can");
        }
    }

    static boolean scalable(ResourceType type) {
        return SCALABLE_BUILTINS.contains(type.groupResource()) || ResourceTypes.builtinKind(type.kind()).isEmpty();
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
        String version = KubeObject.resourceVersion(scale);
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
