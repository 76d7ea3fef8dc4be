package io.krmcp.verbs.run;

import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.LoggerFactory;

import io.krmcp.kube.ApiException;
import io.krmcp.kube.CallTimeoutException;
import io.krmcp.kube.Deadline;
import io.krmcp.kube.KubeApi;
import io.krmcp.kube.model.Fields;
import io.krmcp.kube.model.KnownTypes;
import io.krmcp.verbs.DryRun;
import io.krmcp.verbs.Verb;
import io.krmcp.verbs.VerbContext;
import io.krmcp.verbs.VerbException;
import io.krmcp.verbs.VerbResult;
import io.krmcp.verbs.Wait;
import io.krmcp.verbs.workload.HardenedPod;

/**
 * {@code kubectl run} (and the {@code run_image} tool, which is this verb with {@code --rm}): creates the hardened
 * pod; when attached, waits for it to finish within the call's deadline, prints its logs and, with {@code --rm},
 * deletes it, also when it failed or the wait ran out. The result's code is the container's exit code, as kubectl's.
 */
public final class RunVerb extends Verb<RunOptions> {

    private static final Duration POLL = Duration.ofMillis(500);
    /** Kept back from the deadline so the pod can still be deleted and the answer sent in time. */
    private static final Duration CLEANUP = Duration.ofSeconds(2);

    public RunVerb() {
        super(RunFlags.SPEC, RunFlags::toOptions);
    }

    @Override
    protected VerbResult run(RunOptions options, VerbContext ctx, StringBuilder err)
            throws VerbException, ApiException, CallTimeoutException {
        String namespace = options.namespace().orElse(ctx.defaultNamespace());
        ObjectNode pod = HardenedPod.build(ctx.api().json(), new HardenedPod.Spec(options.name(), namespace,
                options.image(), options.command(), options.asCommand(), options.env(), options.labels(),
                options.port(), options.restartPolicy(), Math.max(1, ctx.deadline().total().toSeconds())));
        String created = "pod/" + options.name() + " created";
        if (options.dryRun() == DryRun.CLIENT) {
            return new VerbResult(created + " (dry run)\n", err.toString(), 0);
        }
        String podsPath = KnownTypes.PODS.collectionPath(namespace);
        if (options.dryRun() == DryRun.SERVER) {
            ctx.api().send("POST", podsPath, Map.of("dryRun", "All"), KubeApi.ACCEPT_JSON, pod.toString(),
                    ctx.deadline());
            return new VerbResult(created + " (server dry run)\n", err.toString(), 0);
        }
        ctx.api().send("POST", podsPath, Map.of(), KubeApi.ACCEPT_JSON, pod.toString(), ctx.deadline());
        if (!options.attach()) {
            return new VerbResult(created + "\n", err.toString(), 0);
        }
        String podPath = podsPath + "/" + options.name();
        StringBuilder out = new StringBuilder();
        try {
            JsonNode finished = waitUntilFinished(ctx, podPath);
            if (finished == null) {
                throw new CallTimeoutException(ctx.deadline().total());
            }
            out.append(logs(ctx, podPath, err));
            JsonNode terminated = finished.path("status").path("containerStatuses").path(0).path("state")
                    .path("terminated");
            int exitCode = terminated.path("exitCode").asInt(Fields.text(finished, "status", "phase")
                    .equals("Succeeded") ? 0 : 1);
            if (exitCode != 0) {
                err.append("pod ").append(namespace).append('/').append(options.name()).append(" terminated (")
                        .append(terminated.path("reason").asText("Error")).append(")\n");
            }
            if (options.rm()) {
                out.append(delete(ctx, podPath, options.name(), namespace));
            }
            return new VerbResult(out.toString(), err.toString(), exitCode);
        } catch (CallTimeoutException | ApiException | RuntimeException e) {
            if (options.rm()) {
                cleanUp(ctx, podPath, options.name(), namespace);
            }
            throw e;
        }
    }

    /** The pod once it has succeeded or failed; null when the call's deadline (less the cleanup time) came first. */
    private static JsonNode waitUntilFinished(VerbContext ctx, String podPath)
            throws ApiException, VerbException, CallTimeoutException {
        JsonNode[] pod = {null};
        Wait.Outcome outcome = Wait.every(POLL, ctx.deadline()).keeping(CLEANUP).until(() -> {
            pod[0] = ctx.api().get(podPath, Map.of(), KubeApi.ACCEPT_JSON, ctx.deadline());
            String phase = Fields.text(pod[0], "status", "phase");
            return phase.equals("Succeeded") || phase.equals("Failed");
        });
        return outcome == Wait.Outcome.DONE ? pod[0] : null;
    }

    private static String logs(VerbContext ctx, String podPath, StringBuilder err) throws CallTimeoutException {
        try {
            return ctx.api().getText(podPath + "/log", Map.of(), ctx.deadline());
        } catch (ApiException e) {
            err.append("warning: the pod's logs could not be read: ").append(e.getMessage()).append('\n');
            return "";
        }
    }

    private static String delete(VerbContext ctx, String podPath, String name, String namespace)
            throws ApiException, CallTimeoutException {
        ctx.api().send("DELETE", podPath, Map.of(), KubeApi.ACCEPT_JSON,
                "{\"kind\":\"DeleteOptions\",\"apiVersion\":\"v1\",\"propagationPolicy\":\"Background\"}",
                ctx.deadline());
        return "pod \"" + name + "\" deleted from " + namespace + " namespace\n";
    }

    /** Deletes the pod after a failure with a budget of its own, since the call's may be spent. */
    private static void cleanUp(VerbContext ctx, String podPath, String name, String namespace) {
        VerbContext cleanup = new VerbContext(ctx.api(), ctx.types(), ctx.defaultNamespace(), Deadline.in(CLEANUP),
                ctx.clock(), ctx.maxOutputBytes());
        try {
            delete(cleanup, podPath, name, namespace);
        } catch (ApiException | CallTimeoutException e) {
            LoggerFactory.getLogger(RunVerb.class).warn("could not delete pod {}/{} after a failed run: {}",
                    namespace, name, e.getMessage());
        }
    }
}
