package io.krmcp.verbs.rollout;

import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.krmcp.kube.ApiException;
import io.krmcp.kube.CallTimeoutException;
import io.krmcp.kube.model.DeploymentReplicaSets;
import io.krmcp.kube.model.KubeObject;
import io.krmcp.kube.model.ResourceType;
import io.krmcp.output.describe.PodTemplateSection;
import io.krmcp.verbs.DryRun;
import io.krmcp.verbs.VerbContext;
import io.krmcp.verbs.VerbException;

/**
 * {@code rollout undo}: back to {@code --to-revision} or the previous revision. A Deployment gets that ReplicaSet's
 * template and annotations in one JSON patch, as kubectl's rollbacker sends; a DaemonSet or StatefulSet gets the
 * ControllerRevision's recorded patch.
 */
final class RolloutUndo implements RolloutSubVerb {

    /** Annotations a rollback keeps from the Deployment rather than taking from the ReplicaSet. */
    private static final Set<String> KEPT = Set.of("kubectl.kubernetes.io/last-applied-configuration",
            Revisions.DEPLOYMENT_REVISION, "deployment.kubernetes.io/revision-history",
            "deployment.kubernetes.io/desired-replicas", "deployment.kubernetes.io/max-replicas",
            "deprecated.deployment.rollback.to");
    private static final Set<String> KINDS = Set.of("Deployment", "DaemonSet", "StatefulSet");

    @Override
    public String run(ResourceType type, JsonNode object, RolloutOptions options, VerbContext ctx)
            throws VerbException, ApiException, CallTimeoutException {
        if (!KINDS.contains(type.kind())) {
            throw new VerbException("error: no rollbacker has been implemented for \"" + type.kind() + "\"");
        }
        if (options.toRevision() < 0) {
            throw new VerbException("error: unable to find specified revision " + options.toRevision()
                    + " in history");
        }
        TreeMap<Long, Revisions.Revision> revisions = Revisions.of(type, object, ctx);
        Revisions.Revision target = pick(type, object, revisions, options.toRevision());
        if (options.dryRun() == DryRun.CLIENT) {
            // kubectl prints the template it would restore in place of the operation.
            return type.kindPrefix() + "/" + KubeObject.name(object) + " "
                    + PodTemplateSection.untabbed(target.template()) + " (dry run)\n";
        }
        if (type.kind().equals("Deployment") && object.path("spec").path("paused").asBoolean(false)) {
            throw new VerbException("error: you cannot rollback a paused deployment; resume it first with 'kubectl "
                    + "rollout resume' and try again");
        }
        String path = type.objectPath(KubeObject.namespace(object),
                KubeObject.name(object));
        if (type.kind().equals("Deployment")) {
            JsonNode current = DeploymentReplicaSets.withoutHashLabel(object.path("spec").path("template"));
            JsonNode restored = DeploymentReplicaSets.withoutHashLabel(target.template());
            if (DeploymentReplicaSets.sameTemplate(current, restored)) {
                return RolloutSubVerb.printed(type, object, "skipped rollback (current template already matches "
                        + "revision " + target.number() + ")", options);
            }
            ctx.api().send("PATCH", path, RolloutVerb.dryRunQuery(options), "application/json-patch+json",
                    deploymentPatch(ctx, object, target, restored).toString(), ctx.deadline());
        } else {
            JsonNode data = target.holder().path("data");
            if (DeploymentReplicaSets.sameTemplate(object.path("spec").path("template"), target.template())) {
                return RolloutSubVerb.printed(type, object, "skipped rollback (current template already matches "
                        + "revision " + target.number() + ")", options);
            }
            ctx.api().send("PATCH", path, RolloutVerb.dryRunQuery(options), RolloutVerb.STRATEGIC, data.toString(),
                    ctx.deadline());
        }
        return RolloutSubVerb.printed(type, object, "rolled back", options);
    }

    /** The revision asked for, or the one before the newest (kubectl's default). */
    private static Revisions.Revision pick(ResourceType type, JsonNode object, TreeMap<Long, Revisions.Revision> all,
                                           int toRevision) throws VerbException {
        if (toRevision > 0) {
            Revisions.Revision r = all.get((long) toRevision);
            if (r == null) {
                throw new VerbException("error: unable to find specified revision " + toRevision + " in history");
            }
            return r;
        }
        if (all.size() < 2) {
            throw new VerbException("error: no rollout history found for " + type.kind().toLowerCase(Locale.ROOT)
                    + " \"" + KubeObject.name(object) + "\"");
        }
        return all.get(all.lowerKey(all.lastKey()));
    }

    /** kubectl's {@code getDeploymentPatch}: replace the template, and the annotations with the revision's own. */
    private static ArrayNode deploymentPatch(VerbContext ctx, JsonNode deployment, Revisions.Revision target,
                                             JsonNode template) {
        ObjectNode annotations = ctx.api().json().createObjectNode();
        deployment.path("metadata").path("annotations").fields().forEachRemaining(e -> {
            if (KEPT.contains(e.getKey())) {
                annotations.set(e.getKey(), e.getValue());
            }
        });
        target.holder().path("metadata").path("annotations").fields().forEachRemaining(e -> {
            if (!KEPT.contains(e.getKey())) {
                annotations.set(e.getKey(), e.getValue());
            }
        });
        ArrayNode patch = ctx.api().json().createArrayNode();
        patch.addObject().put("op", "replace").put("path", "/spec/template").set("value", template);
        patch.addObject().put("op", "replace").put("path", "/metadata/annotations").set("value", annotations);
        return patch;
    }
}
