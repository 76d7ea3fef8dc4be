package io.krmcp.verbs.rollout;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import io.krmcp.kube.ApiException;
import io.krmcp.kube.CallTimeoutException;
import io.krmcp.kube.KubeApi;
import io.krmcp.kube.model.Fields;
import io.krmcp.kube.model.KubeObject;
import io.krmcp.kube.model.ResourceType;
import io.krmcp.verbs.VerbContext;
import io.krmcp.verbs.VerbException;
import io.krmcp.verbs.Wait;

/**
 * {@code rollout status}: kubectl's status viewers' messages, re-read every second until the rollout is done, and
 * never longer than {@code --timeout} or the call's deadline (there is no open-ended watch here).
 */
final class RolloutStatus implements RolloutSubVerb {

    private static final Duration POLL = Duration.ofSeconds(1);
    private static final Duration ANSWER_MARGIN = Duration.ofMillis(500);

    /** The wait ended before the rollout did: what was printed so far, and kubectl's timeout error. */
    static final class TimedOut extends VerbException {
        final String printed;

        TimedOut(String printed, String message) {
            super(message);
            this.printed = printed;
        }
    }

    /** One reading: the line kubectl prints and whether the rollout is done. */
    record Reading(String message, boolean done) {
    }

    @Override
    public String run(ResourceType type, JsonNode object, RolloutOptions options, VerbContext ctx)
            throws VerbException, ApiException, CallTimeoutException {
        StringBuilder out = new StringBuilder();
        String[] last = {null};
        JsonNode[] current = {object};
        Wait.Outcome outcome = Wait.every(POLL, ctx.deadline()).keeping(ANSWER_MARGIN).atMost(options.timeout())
                .until(() -> {
                    Reading reading = read(type, current[0], options.revision());
                    if (!reading.message().equals(last[0])) {
                        out.append(reading.message());
                        last[0] = reading.message();
                    }
                    if (reading.done() || !options.watch()) {
                        return true;
                    }
                    current[0] = ctx.api().get(type.objectPath(KubeObject.namespace(object), KubeObject.name(object)),
                            Map.of(), KubeApi.ACCEPT_JSON, ctx.deadline());
                    return false;
                });
        return switch (outcome) {
            case DONE -> out.toString();
            case LIMIT_REACHED -> throw new TimedOut(out.toString(), "error: timed out waiting for the condition");
            case DEADLINE_REACHED -> throw new TimedOut(out.toString(), Wait.timedOut(ctx.deadline())
                    + " while the rollout goes on; run rollout status again to keep watching");
        };
    }

    /** kubectl's {@code StatusViewer} for the kind. */
    static Reading read(ResourceType type, JsonNode o, int revision) throws VerbException {
        String name = KubeObject.name(o);
        JsonNode spec = o.path("spec");
        JsonNode status = o.path("status");
        long generation = o.path("metadata").path("generation").asLong(0);
        long observed = status.path("observedGeneration").asLong(0);
        switch (type.kind()) {
            case "Deployment" -> {
                if (revision > 0) {
                    String current = Fields.text(o, "metadata", "annotations", Revisions.DEPLOYMENT_REVISION);
                    if (!String.valueOf(revision).equals(current)) {
                        throw new VerbException("error: desired revision (" + revision + ") is different from the "
                                + "running revision (" + (current.isEmpty() ? "0" : current) + ")");
                    }
                }
                if (generation > observed) {
                    return new Reading("Waiting for deployment spec update to be observed...\n", false);
                }
                Optional<JsonNode> progressing = condition(status, "Progressing");
                if (progressing.isPresent() && "ProgressDeadlineExceeded".equals(progressing.get().path("reason")
                        .asText())) {
                    throw new VerbException("error: deployment \"" + name + "\" exceeded its progress deadline");
                }
                long replicas = spec.path("replicas").asLong(1);
                long updated = status.path("updatedReplicas").asLong();
                long total = status.path("replicas").asLong();
                long available = status.path("availableReplicas").asLong();
                if (updated < replicas) {
                    return waiting("deployment \"" + name + "\" rollout to finish: " + updated + " out of " + replicas
                            + " new replicas have been updated...");
                }
                if (total > updated) {
                    return waiting("deployment \"" + name + "\" rollout to finish: " + (total - updated)
                            + " old replicas are pending termination...");
                }
                if (available < updated) {
                    return waiting("deployment \"" + name + "\" rollout to finish: " + available + " of " + updated
                            + " updated replicas are available...");
                }
                return new Reading("deployment \"" + name + "\" successfully rolled out\n", true);
            }
            case "DaemonSet" -> {
                if (!"RollingUpdate".equals(Fields.text(spec, "updateStrategy", "type"))) {
                    throw new VerbException("error: rollout status is only available for RollingUpdate strategy type");
                }
                if (generation > observed) {
                    return new Reading("Waiting for daemon set spec update to be observed...\n", false);
                }
                long desired = status.path("desiredNumberScheduled").asLong();
                long updated = status.path("updatedNumberScheduled").asLong();
                long available = status.path("numberAvailable").asLong();
                if (updated < desired) {
                    return waiting("daemon set \"" + name + "\" rollout to finish: " + updated + " out of " + desired
                            + " new pods have been updated...");
                }
                if (available < desired) {
                    return waiting("daemon set \"" + name + "\" rollout to finish: " + available + " of " + desired
                            + " updated pods are available...");
                }
                return new Reading("daemon set \"" + name + "\" successfully rolled out\n", true);
            }
            case "StatefulSet" -> {
                if (!"RollingUpdate".equals(Fields.text(spec, "updateStrategy", "type"))) {
                    throw new VerbException("error: rollout status is only available for RollingUpdate strategy type");
                }
                if (observed == 0 || generation > observed) {
                    return new Reading("Waiting for statefulset spec update to be observed...\n", false);
                }
                long replicas = spec.path("replicas").asLong(1);
                long ready = status.path("readyReplicas").asLong();
                if (ready < replicas) {
                    return new Reading("Waiting for " + (replicas - ready) + " pods to be ready...\n", false);
                }
                JsonNode rolling = spec.path("updateStrategy").path("rollingUpdate");
                long updated = status.path("updatedReplicas").asLong();
                if (rolling.isObject()) {
                    if (rolling.path("partition").isNumber()) {
                        long wanted = replicas - rolling.path("partition").asLong();
                        if (updated < wanted) {
                            return new Reading("Waiting for partitioned roll out to finish: " + updated + " out of "
                                    + wanted + " new pods have been updated...\n", false);
                        }
                    }
                    return new Reading("partitioned roll out complete: " + updated + " new pods have been "
                            + "updated...\n", true);
                }
                String updateRevision = Fields.text(status, "updateRevision");
                if (!updateRevision.equals(Fields.text(status, "currentRevision"))) {
                    return new Reading("waiting for statefulset rolling update to complete " + updated
                            + " pods at revision " + updateRevision + "...\n", false);
                }
                return new Reading("statefulset rolling update complete " + status.path("currentReplicas").asLong()
                        + " pods at revision " + Fields.text(status, "currentRevision") + "...\n", true);
            }
            default -> throw new VerbException("error: no status viewer has been implemented for \"" + type.kind()
                    + "\"");
        }
    }

    private static Reading waiting(String what) {
        return new Reading("Waiting for " + what + "\n", false);
    }

    private static Optional<JsonNode> condition(JsonNode status, String type) {
        for (JsonNode c : status.path("conditions")) {
            if (type.equals(c.path("type").asText())) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
