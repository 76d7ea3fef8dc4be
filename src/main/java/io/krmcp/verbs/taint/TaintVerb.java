package io.krmcp.verbs.taint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.krmcp.command.VerbSpec;
import io.krmcp.kube.ApiException;
import io.krmcp.kube.CallTimeoutException;
import io.krmcp.kube.model.UnknownResourceTypeException;
import io.krmcp.verbs.DryRun;
import io.krmcp.verbs.Verb;
import io.krmcp.verbs.VerbContext;
import io.krmcp.verbs.VerbException;
import io.krmcp.verbs.VerbResult;
import io.krmcp.verbs.resource.ResourceVisitor;
import io.krmcp.verbs.taint.TaintOptions.Taint;

/**
 * {@code kubectl taint nodes NODE KEY[=VALUE]:EFFECT ... KEY[:EFFECT]-}: the node's whole taint list is sent back
 * changed (the field has no merge key, so a patch replaces it, as kubectl's computed patch does), with kubectl's
 * {@code tainted}/{@code untainted}/{@code modified} lines and refusals.
 */
public final class TaintVerb extends Verb<TaintOptions> {

    public static final VerbSpec SPEC = TaintFlags.SPEC;

    public TaintVerb() {
        super(SPEC, TaintFlags::toOptions);
    }

    @Override
    protected VerbResult run(TaintOptions options, VerbContext ctx, StringBuilder err)
            throws VerbException, ApiException, CallTimeoutException, UnknownResourceTypeException {
        return new ResourceVisitor(ctx, options.nodes(), ctx.defaultNamespace())
                .reading(ResourceVisitor.Read.OBJECT)
                .checking(type -> {
                    if (!type.kind().equals("Node")) {
                        throw VerbException.usage(TaintFlags.ONLY_NODES);
                    }
                })
                .visit(err, (node, out) -> out.print("node/" + node.name() + " " + apply(ctx, node, options)
                        + options.dryRun().suffix() + "\n"))
                .result();
    }

    private static String apply(VerbContext ctx, ResourceVisitor.Info target, TaintOptions options)
            throws VerbException, ApiException, CallTimeoutException {
        JsonNode node = target.object();
        String name = target.name();
        List<Taint> add = options.add();
        List<Taint> remove = options.remove();
        boolean overwrite = options.overwrite();
        DryRun dryRun = options.dryRun();
        List<Taint> taints = new ArrayList<>();
        node.path("spec").path("taints").forEach(t -> taints.add(new Taint(t.path("key").asText(""),
                t.path("value").asText(""), t.path("effect").asText(""))));
        boolean added = false;
        boolean removed = false;
        for (Taint r : remove) {
            boolean hit = taints.removeIf(t -> t.key().equals(r.key())
                    && (r.effect().isEmpty() || t.effect().equals(r.effect())));
            if (!hit) {
                throw new VerbException("error: taint \"" + r.key() + (r.effect().isEmpty() ? "" : ":" + r.effect())
                        + "\" not found");
            }
            removed = true;
        }
        for (Taint a : add) {
            Optional<Taint> same = taints.stream().filter(t -> t.key().equals(a.key())
                    && t.effect().equals(a.effect())).findFirst();
            if (same.isPresent() && same.get().equals(a)) {
                continue;
            }
            if (same.isPresent() && !overwrite) {
                throw new VerbException("error: node " + name + " already has " + a.key() + " taint(s) with same "
                        + "effect(s) and --overwrite is false");
            }
            same.ifPresent(taints::remove);
            taints.add(a);
            added = true;
        }
        if ((added || removed) && dryRun != DryRun.CLIENT) {
            ObjectNode patch = ctx.api().json().createObjectNode();
            ArrayNode list = patch.putObject("spec").putArray("taints");
            for (Taint t : taints) {
                ObjectNode o = list.addObject().put("key", t.key());
                if (!t.value().isEmpty()) {
                    o.put("value", t.value());
                }
                o.put("effect", t.effect());
            }
            ctx.api().send("PATCH", target.type().objectPath(null, name), dryRun == DryRun.SERVER ? Map.of("dryRun", "All")
                    : Map.of(), "application/merge-patch+json", patch.toString(), ctx.deadline());
        }
        return added && removed ? "modified" : removed ? "untainted" : "tainted";
    }
}
