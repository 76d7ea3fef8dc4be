package io.krmcp.verbs.delete;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.krmcp.kube.ApiException;
import io.krmcp.kube.CallTimeoutException;
import io.krmcp.kube.KubeApi;
import io.krmcp.kube.model.KubeObject;
import io.krmcp.kube.model.ResourceType;
import io.krmcp.kube.model.UnknownResourceTypeException;
import io.krmcp.verbs.DryRun;
import io.krmcp.verbs.Verb;
import io.krmcp.verbs.VerbContext;
import io.krmcp.verbs.VerbException;
import io.krmcp.verbs.VerbResult;
import io.krmcp.verbs.Wait;
import io.krmcp.verbs.resource.ResourceVisitor;
import io.krmcp.verbs.resource.Visit;

/**
 * {@code kubectl delete}: by name, {@code TYPE/NAME}, label or field selector, or {@code --all}; each object gets its
 * own DELETE with kubectl's DeleteOptions (grace period, propagation, dry run), then, unless told not to, the verb
 * waits for the objects to be gone, never past the call's deadline.
 */
public final class DeleteVerb extends Verb<DeleteOptions> {

    /** How often a deleted object is looked up while waiting for it to disappear. */
    private static final Duration POLL = Duration.ofMillis(250);
    /** Time kept back from the deadline so the answer itself still arrives in time. */
    private static final Duration ANSWER_MARGIN = Duration.ofMillis(500);

    private record Deleted(ResourceType type, String namespace, String name, String uid) {
    }

    public DeleteVerb() {
        super(DeleteFlags.SPEC, DeleteFlags::toOptions);
    }

    @Override
    protected VerbResult run(DeleteOptions options, VerbContext ctx, StringBuilder err)
            throws VerbException, ApiException, CallTimeoutException, UnknownResourceTypeException {
        boolean[] warned = {false};
        List<Deleted> deleted = new ArrayList<>();
        Visit visit = new ResourceVisitor(ctx, options.selection(), options.namespace().orElse(ctx.defaultNamespace()))
                .checking(type -> {
                    if (!type.namespaced() && options.namespace().isPresent() && !options.selection().allNamespaces()
                            && !warned[0]) {
                        err.append("Warning: deleting cluster-scoped resources, not scoped to the provided "
                                + "namespace\n");
                        warned[0] = true;
                    }
                })
                .visit(err, (object, out) -> {
                    if (options.dryRun() != DryRun.CLIENT) {
                        try {
                            JsonNode answer = ctx.api().send("DELETE", object.type().objectPath(object.namespace(),
                                    object.name()), Map.of(), KubeApi.ACCEPT_JSON, body(ctx, options), ctx.deadline());
                            String uid = answer.path("details").path("uid").asText(KubeObject.uid(answer));
                            deleted.add(new Deleted(object.type(), object.namespace(), object.name(), uid));
                        } catch (ApiException e) {
                            if (e.isNotFound() && options.ignoreNotFound()) {
                                return; // still counted: kubectl prints nothing rather than "No resources found"
                            }
                            throw e;
                        }
                    }
                    out.print(line(object.type(), object.namespace(), object.name(), options));
                });
        if (visit.visited() == 0 && !visit.failed()) {
            return new VerbResult("No resources found\n", visit.err(), 0);
        }
        if (options.waitForDeletion() && options.dryRun() == DryRun.NONE) {
            waitUntilGone(ctx, deleted, err);
        }
        return visit.result();
    }

    /** The DeleteOptions kubectl sends: grace period when set, propagation always, dry run when on the server. */
    private static String body(VerbContext ctx, DeleteOptions options) {
        ObjectNode body = ctx.api().json().createObjectNode();
        body.put("kind", "DeleteOptions");
        body.put("apiVersion", "v1");
        if (options.gracePeriod() >= 0) {
            body.put("gracePeriodSeconds", options.gracePeriod());
        }
        body.put("propagationPolicy", options.propagation());
        if (options.dryRun() == DryRun.SERVER) {
            body.putArray("dryRun").add("All");
        }
        return body.toString();
    }

    /** kubectl's deletion line: {@code pod "web" deleted from shop namespace}, or {@code pod/web} with -o name. */
    static String line(ResourceType type, String namespace, String name, DeleteOptions options) {
        if (options.nameOutput()) {
            return type.kindPrefix() + "/" + name + "\n";
        }
        String operation = options.gracePeriod() == 0 ? "force deleted" : "deleted";
        if (type.namespaced() && namespace != null) {
            operation += " from " + namespace + " namespace";
        }
        return type.kindPrefix() + " \"" + name + "\" " + operation + options.dryRun().suffix() + "\n";
    }

    /**
     * kubectl's {@code --wait}: each deleted object is looked up until it is gone (or replaced by a new object of
     * the same name). A pod's grace period can outlast the call; then the call answers in time and says what is
     * still terminating rather than failing a delete that did happen.
     */
    private static void waitUntilGone(VerbContext ctx, List<Deleted> deleted, StringBuilder err)
            throws ApiException, VerbException, CallTimeoutException {
        List<Deleted> pending = new ArrayList<>(deleted);
        Wait.Outcome outcome = Wait.every(POLL, ctx.deadline()).keeping(ANSWER_MARGIN).until(() -> {
            pending.removeIf(d -> gone(ctx, d));
            return pending.isEmpty();
        });
        if (outcome != Wait.Outcome.DONE) {
            for (Deleted d : pending) {
                err.append("warning: ").append(d.type().kindPrefix()).append(" \"").append(d.name())
                        .append("\" is still terminating: ").append(Wait.timedOut(ctx.deadline()))
                        .append(" waiting for it to be gone (the delete was accepted; use --wait=false not to wait)\n");
            }
        }
    }

    private static boolean gone(VerbContext ctx, Deleted d) {
        try {
            JsonNode now = ctx.api().get(d.type().objectPath(d.namespace(), d.name()), Map.of(), KubeApi.ACCEPT_JSON,
                    ctx.deadline());
            return !d.uid().isEmpty() && !d.uid().equals(KubeObject.uid(now));
        } catch (ApiException e) {
            // Not found is gone; forbidden or not supported means kubectl would not wait either.
            return true;
        } catch (CallTimeoutException e) {
            return false;
        }
    }
}
