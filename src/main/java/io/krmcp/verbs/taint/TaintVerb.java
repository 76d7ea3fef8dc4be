package io.krmcp.verbs.taint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.krmcp.command.FlagSpec;
import io.krmcp.command.ParsedCommand;
import io.krmcp.command.VerbSpec;
import io.krmcp.kube.ApiException;
import io.krmcp.kube.CallTimeoutException;
import io.krmcp.kube.model.Fields;
import io.krmcp.kube.model.ResourceType;
import io.krmcp.verbs.DryRun;
import io.krmcp.verbs.Verb;
import io.krmcp.verbs.VerbContext;
import io.krmcp.verbs.VerbException;
import io.krmcp.verbs.VerbResult;
import io.krmcp.verbs.workload.NodeTargets;

/**
 * {@code kubectl taint nodes NODE KEY[=VALUE]:EFFECT ... KEY[:EFFECT]-}: the node's whole taint list is sent back
 * changed (the field has no merge key, so a patch replaces it, as kubectl's computed patch does), with kubectl's
 * {@code tainted}/{@code untainted}/{@code modified} lines and refusals.
 */
public final class TaintVerb implements Verb {

    static final FlagSpec OVERWRITE = FlagSpec.bool("overwrite", "replace a taint with the same key and effect");
    static final FlagSpec SELECTOR = FlagSpec.string("selector", "label selector of the nodes").shorthand('l');
    static final FlagSpec ALL = FlagSpec.bool("all", "every node");
    public static final VerbSpec SPEC = VerbSpec.writing("taint", "add or remove node taints (KEY=VALUE:EFFECT, "
            + "KEY:EFFECT-)", OVERWRITE, SELECTOR, ALL, DryRun.FLAG).nodeWide();
    private static final Set<String> EFFECTS = Set.of("NoSchedule", "PreferNoSchedule", "NoExecute");

    private record Taint(String key, String value, String effect) {
    }

    @Override
    public VerbSpec spec() {
        return SPEC;
    }

    @Override
    public VerbResult run(ParsedCommand command, VerbContext ctx)
            throws VerbException, ApiException, CallTimeoutException {
        StringBuilder err = new StringBuilder();
        DryRun dryRun = DryRun.parse(command.string(DryRun.FLAG.name()), err);
        List<String> args = new ArrayList<>(command.positionals());
        if (args.isEmpty() || !(args.get(0).equals("node") || args.get(0).equals("nodes")
                || args.get(0).equals("no") || args.get(0).startsWith("node/"))) {
            throw VerbException.usage("error: only nodes can be tainted: taint nodes NODE KEY=VALUE:EFFECT");
        }
        List<String> names = new ArrayList<>();
        if (args.get(0).startsWith("node/")) {
            names.add(args.get(0).substring(5));
        }
        List<Taint> add = new ArrayList<>();
        List<Taint> remove = new ArrayList<>();
        for (String arg : args.subList(1, args.size())) {
            if (arg.endsWith("-") && arg.length() > 1) {
                remove.add(parse(arg.substring(0, arg.length() - 1), true));
            } else if (arg.contains(":") || arg.contains("=")) {
                add.add(parse(arg, false));
            } else if (add.isEmpty() && remove.isEmpty()) {
                names.add(arg);
            } else {
                throw VerbException.usage("error: all resources must be specified before taint changes: " + arg);
            }
        }
        if (add.isEmpty() && remove.isEmpty()) {
            throw VerbException.usage("error: at least one taint update is required");
        }
        Optional<String> selector = command.string(SELECTOR.name()).filter(s -> !s.isEmpty());
        boolean all = command.bool(ALL.name());
        if (names.isEmpty() && selector.isEmpty() && !all) {
            throw VerbException.usage("error: resource(s) were provided, but no name was specified");
        }
        ResourceType nodes = NodeTargets.NODES;
        NodeTargets targets = NodeTargets.find(ctx, names, selector, err);
        List<JsonNode> found = targets.nodes();
        boolean failed = targets.someMissing();
        StringBuilder out = new StringBuilder();
        for (JsonNode node : found) {
            String name = Fields.text(node, "metadata", "name");
            try {
                String operation = apply(ctx, nodes, node, add, remove, command.bool(OVERWRITE.name()), dryRun);
                out.append("node/").append(name).append(' ').append(operation).append(dryRun.suffix()).append('\n');
            } catch (VerbException e) {
                err.append(e.getMessage()).append('\n');
                failed = true;
            }
        }
        return new VerbResult(out.toString(), err.toString(), failed ? 1 : 0);
    }

    /** {@code key=value:Effect}, {@code key:Effect}; for removal also {@code key} alone (every effect). */
    private static Taint parse(String spec, boolean removal) throws VerbException {
        int colon = spec.lastIndexOf(':');
        String effect = colon < 0 ? "" : spec.substring(colon + 1);
        String keyValue = colon < 0 ? spec : spec.substring(0, colon);
        if (!removal && effect.isEmpty()) {
            throw VerbException.usage("error: invalid taint spec: " + spec + ", the effect is required: "
                    + "KEY=VALUE:NoSchedule|PreferNoSchedule|NoExecute");
        }
        if (!effect.isEmpty() && !EFFECTS.contains(effect)) {
            throw VerbException.usage("error: invalid taint effect: " + effect + ", unsupported taint effect");
        }
        int eq = keyValue.indexOf('=');
        String key = eq < 0 ? keyValue : keyValue.substring(0, eq);
        if (key.isEmpty()) {
            throw VerbException.usage("error: invalid taint spec: " + spec);
        }
        return new Taint(key, eq < 0 ? "" : keyValue.substring(eq + 1), effect);
    }

    private static String apply(VerbContext ctx, ResourceType nodes, JsonNode node, List<Taint> add,
                                List<Taint> remove, boolean overwrite, DryRun dryRun)
            throws VerbException, ApiException, CallTimeoutException {
        String name = Fields.text(node, "metadata", "name");
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
            ctx.api().send("PATCH", nodes.objectPath(null, name), dryRun == DryRun.SERVER ? Map.of("dryRun", "All")
                    : Map.of(), "application/merge-patch+json", patch.toString(), ctx.deadline());
        }
        return added && removed ? "modified" : removed ? "untainted" : "tainted";
    }
}
