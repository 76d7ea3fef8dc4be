package io.krmcp.verbs.drain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.krmcp.command.GoDuration;
import io.krmcp.kube.ApiException;
import io.krmcp.kube.CallTimeoutException;
import io.krmcp.kube.Deadline;
import io.krmcp.kube.KubeApi;
import io.krmcp.kube.model.Fields;
import io.krmcp.kube.model.KnownTypes;
import io.krmcp.kube.model.KubeObject;
import io.krmcp.verbs.DryRun;
import io.krmcp.verbs.VerbContext;
import io.krmcp.verbs.VerbException;
import io.krmcp.verbs.Wait;

/**
 * Removing a node's pods as kubectl's drain helper does: each pod evicted through the Eviction API (the server
 * refuses with 429 while a PodDisruptionBudget forbids it, and the eviction is retried every 5 s), or deleted with
 * {@code --disable-eviction}; then each waited for until it is gone or replaced. All of it stops at the earlier of
 * {@code --timeout} and the call's deadline, naming each pod it could not finish.
 */
final class Evictions {

    static final Duration RETRY_DELAY = Duration.ofSeconds(5);
    private static final Duration POLL = Duration.ofSeconds(1);

    private final VerbContext ctx;
    private final DrainFlags flags;
    private final StringBuilder out;
    private final StringBuilder err;

    Evictions(VerbContext ctx, DrainFlags flags, StringBuilder out, StringBuilder err) {
        this.ctx = ctx;
        this.flags = flags;
        this.out = out;
        this.err = err;
    }

    private static final class Pending {
        final JsonNode pod;
        long nextAttemptNanos;

        Pending(JsonNode pod) {
            this.pod = pod;
        }

        String name() {
            return KubeObject.name(pod);
        }

        String namespace() {
            return KubeObject.namespace(pod);
        }
    }

    /**
     * Evicts (or deletes) the pods and waits for them; returns one error per pod not finished, empty when all went.
     *
     * @param until when to give up: the earlier of --timeout and the call's deadline less a reserve for reporting
     * @param limitText how the limit is named in timeout errors ({@code 30s}, {@code 58s (KUBECTL_TIMEOUT)})
     */
    List<String> run(List<JsonNode> pods, Deadline until, String limitText)
            throws ApiException, VerbException, CallTimeoutException {
        boolean evict = !flags.disableEviction();
        List<Pending> toSend = new ArrayList<>();
        pods.forEach(p -> toSend.add(new Pending(p)));
        List<Pending> waiting = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        Wait.Outcome outcome = Wait.every(POLL, until).until(() -> {
            long now = System.nanoTime();
            for (Pending p : new ArrayList<>(toSend)) {
                if (p.nextAttemptNanos > now) {
                    continue;
                }
                if (evict) {
                    out.append("evicting pod ").append(p.namespace()).append('/').append(p.name())
                            .append(flags.dryRun() == DryRun.SERVER ? " (server dry run)" : "").append('\n');
                }
                if (until.expired()) {
                    break;
                }
                try {
                    send(p, evict);
                    toSend.remove(p);
                    if (flags.dryRun() != DryRun.SERVER) {
                        waiting.add(p);
                    }
                } catch (ApiException e) {
                    if (e.isNotFound()) {
                        toSend.remove(p);
                    } else if (evict && e.status() == 429) {
                        err.append("error when evicting pods/\"").append(p.name()).append("\" -n \"")
                                .append(p.namespace()).append("\" (will retry after ")
                                .append(GoDuration.format(RETRY_DELAY)).append("): ").append(e.detail()).append('\n');
                        p.nextAttemptNanos = System.nanoTime() + RETRY_DELAY.toNanos();
                    } else {
                        toSend.remove(p);
                        errors.add((evict ? "error when evicting pods/\"" + p.name() + "\" -n \"" + p.namespace()
                                + "\": " : "") + e.detail());
                    }
                }
            }
            for (Pending p : new ArrayList<>(waiting)) {
                if (gone(p)) {
                    waiting.remove(p);
                    out.append("pod/").append(p.name()).append(evict ? " evicted" : " deleted").append('\n');
                }
            }
            return toSend.isEmpty() && waiting.isEmpty();
        });
        if (outcome != Wait.Outcome.DONE) {
            for (Pending p : toSend) {
                errors.add("error when evicting pods/\"" + p.name() + "\" -n \"" + p.namespace()
                        + "\": global timeout reached: " + limitText);
            }
            for (Pending p : waiting) {
                errors.add("error when waiting for pod \"" + p.name() + "\" in namespace \"" + p.namespace()
                        + "\" to terminate: global timeout reached: " + limitText);
            }
        }
        return errors;
    }

    private void send(Pending p, boolean evict) throws ApiException, CallTimeoutException {
        ObjectNode options = ctx.api().json().createObjectNode();
        if (flags.gracePeriodSeconds() >= 0) {
            options.put("gracePeriodSeconds", flags.gracePeriodSeconds());
        }
        if (flags.dryRun() == DryRun.SERVER) {
            options.putArray("dryRun").add("All");
        }
        String podPath = KnownTypes.PODS.objectPath(p.namespace(), p.name());
        if (evict) {
            ObjectNode eviction = ctx.api().json().createObjectNode().put("apiVersion", "policy/v1")
                    .put("kind", "Eviction");
            eviction.putObject("metadata").put("name", p.name()).put("namespace", p.namespace());
            eviction.set("deleteOptions", options);
            ctx.api().send("POST", podPath + "/eviction", Map.of(), "application/json", eviction.toString(),
                    ctx.deadline());
        } else {
            ctx.api().send("DELETE", podPath, Map.of(), "application/json", options.toString(), ctx.deadline());
        }
    }

    /** Gone, or replaced by a pod of the same name (another uid), as kubectl's waitForDelete decides. */
    private boolean gone(Pending p) throws ApiException, CallTimeoutException {
        try {
            JsonNode now = ctx.api().get(KnownTypes.PODS.objectPath(p.namespace(), p.name()), Map.of(),
                    KubeApi.ACCEPT_JSON, ctx.deadline());
            if (!KubeObject.uid(now).equals(Fields.text(p.pod, "metadata", "uid"))) {
                return true;
            }
            // --skip-wait-for-delete-timeout: a pod deleted long enough ago counts as done
            return flags.deletedLongAgo(now, ctx.clock().instant());
        } catch (ApiException e) {
            if (e.isNotFound()) {
                return true;
            }
            throw e;
        }
    }
}
