package io.krmcp.verbs.delete;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.krmcp.command.ParsedCommand;
import io.krmcp.command.VerbSpec;
import io.krmcp.kube.ApiException;
import io.krmcp.kube.CallTimeoutException;
import io.krmcp.kube.KubeApi;
import io.krmcp.kube.model.Fields;
import io.krmcp.kube.model.ResourceType;
import io.krmcp.kube.model.UnknownResourceTypeException;
import io.krmcp.verbs.DryRun;
import io.krmcp.verbs.Verb;
import io.krmcp.verbs.VerbContext;
import io.krmcp.verbs.VerbException;
import io.krmcp.verbs.VerbResult;
import io.krmcp.verbs.get.GetOptions;

/**
 * {@code kubectl delete}: by name, {@code TYPE/NAME}, label or field selector, or {@code --all}; each object gets its
 * own DELETE with kubectl's DeleteOptions (grace period, propagation, dry run), then, unless told not to, the verb
 * waits for the objects to be gone, never past the call's deadline.
 */
public final class DeleteVerb implements Verb {

    /** How often a deleted object is looked up while waiting for it to disappear. */
    private static final Duration POLL = Duration.ofMillis(250);
    /** Time kept back from the deadline so the answer itself still arrives in time. */
    private static final Duration ANSWER_MARGIN = Duration.ofMillis(500);

    private record Deleted(ResourceType type, String namespace, String name, String uid) {
    }

    @Override
    public VerbSpec spec() {
        return DeleteFlags.SPEC;
    }

    @Override
    public VerbResult run(ParsedCommand command, VerbContext ctx)
            throws VerbException, ApiException, CallTimeoutException, UnknownResourceTypeException {
        StringBuilder err = new StringBuilder();
        DeleteOptions options = DeleteFlags.toOptions(command, err);
        String namespace = options.namespace().orElse(ctx.defaultNamespace());
        StringBuilder out = new StringBuilder();
        List<Deleted> deleted = new ArrayList<>();
        boolean warnedClusterScope = false;
        boolean failed = false;
        int found = 0;
        for (GetOptions.Target target : options.targets()) {
            ResourceType type = ctx.types().resolve(target.type(), ctx.deadline().remaining());
            if (!type.namespaced() && options.namespace().isPresent() && !options.allNamespaces()
                    && !warnedClusterScope) {
                err.append("Warning: deleting cluster-scoped resources, not scoped to the provided namespace\n");
                warnedClusterScope = true;
            }
            for (String[] object : objects(ctx, type, target, namespace, options)) {
                found++;
                String ns = object[0];
                String name = object[1];
                if (options.dryRun() == DryRun.CLIENT) {
                    out.append(line(type, ns, name, options));
                    continue;
                }
                try {
                    JsonNode answer = ctx.api().send("DELETE", type.objectPath(ns, name), Map.of(),
                            KubeApi.ACCEPT_JSON, body(ctx, options), ctx.deadline());
                    out.append(line(type, ns, name, options));
                    String uid = answer.path("details").path("uid").asText(Fields.text(answer, "metadata", "uid"));
                    deleted.add(new Deleted(type, ns, name, uid));
                } catch (ApiException e) {
                    if (e.isNotFound() && options.ignoreNotFound()) {
                        continue; // still counted as found: kubectl prints nothing rather than "No resources"
                    }
                    // What a real API server says; some servers (and the test mock) send a 404 without a Status.
                    err.append(e.isNotFound() ? type.notFound(name) : e.getMessage()).append('\n');
                    failed = true;
                }
            }
        }
        if (found == 0 && !failed) {
            return new VerbResult("No resources found\n", err.toString(), 0);
        }
        if (options.waitForDeletion() && options.dryRun() == DryRun.NONE) {
            waitUntilGone(ctx, deleted, err);
        }
        return new VerbResult(out.toString(), err.toString(), failed ? 1 : 0);
    }

    /** {namespace, name} pairs: the names given, or what the selector or {@code --all} lists. */
    private static List<String[]> objects(VerbContext ctx, ResourceType type, GetOptions.Target target,
                                          String namespace, DeleteOptions options)
            throws ApiException, CallTimeoutException {
        String ns = type.namespaced() ? namespace : null;
        List<String[]> out = new ArrayList<>();
        if (!target.names().isEmpty()) {
            target.names().forEach(name -> out.add(new String[] {ns, name}));
            return out;
        }
        Map<String, String> query = new LinkedHashMap<>();
        options.selector().ifPresent(s -> query.put("labelSelector", s));
        options.fieldSelector().ifPresent(s -> query.put("fieldSelector", s));
        String path = type.collectionPath(options.allNamespaces() ? null : ns);
        JsonNode list = ctx.api().get(path, query, KubeApi.ACCEPT_JSON, ctx.deadline());
        for (JsonNode item : list.path("items")) {
            String itemNs = Fields.text(item, "metadata", "namespace");
            out.add(new String[] {itemNs.isEmpty() ? null : itemNs, Fields.text(item, "metadata", "name")});
        }
        return out;
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
            throws CallTimeoutException {
        List<Deleted> pending = new ArrayList<>(deleted);
        while (!pending.isEmpty()) {
            pending.removeIf(d -> gone(ctx, d));
            if (pending.isEmpty()) {
                return;
            }
            if (ctx.deadline().remaining().compareTo(POLL.plus(ANSWER_MARGIN)) < 0) {
                for (Deleted d : pending) {
                    err.append("warning: ").append(d.type().kindPrefix()).append(" \"").append(d.name())
                            .append("\" is still terminating; stopped waiting at the call's deadline (the delete was "
                                    + "accepted; use --wait=false not to wait)\n");
                }
                return;
            }
            ctx.deadline().pause(POLL);
        }
    }

    private static boolean gone(VerbContext ctx, Deleted d) {
        try {
            JsonNode now = ctx.api().get(d.type().objectPath(d.namespace(), d.name()), Map.of(), KubeApi.ACCEPT_JSON,
                    ctx.deadline());
            return !d.uid().isEmpty() && !d.uid().equals(Fields.text(now, "metadata", "uid"));
        } catch (ApiException e) {
            // Not found is gone; forbidden or not supported means kubectl would not wait either.
            return true;
        } catch (CallTimeoutException e) {
            return false;
        }
    }
}
