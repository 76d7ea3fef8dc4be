package io.krmcp.verbs.taint;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.krmcp.command.FlagSpec;
import io.krmcp.command.ParsedCommand;
import io.krmcp.command.VerbSpec;
import io.krmcp.verbs.DryRun;
import io.krmcp.verbs.VerbException;
import io.krmcp.verbs.resource.CommonFlags;
import io.krmcp.verbs.resource.Selection;
import io.krmcp.verbs.taint.TaintOptions.Taint;

/** {@code kubectl taint}'s flags and arguments ({@code nodes NODE... KEY=VALUE:EFFECT... KEY:EFFECT-...}). */
final class TaintFlags {

    static final FlagSpec OVERWRITE = FlagSpec.bool("overwrite", "replace a taint with the same key and effect");
    static final VerbSpec SPEC = VerbSpec.writing("taint", "add or remove node taints (KEY=VALUE:EFFECT, "
            + "KEY:EFFECT-)", OVERWRITE, CommonFlags.SELECTOR, CommonFlags.ALL, DryRun.FLAG).nodeWide();
    static final String ONLY_NODES = "error: only nodes can be tainted: taint nodes NODE KEY=VALUE:EFFECT";
    private static final Set<String> EFFECTS = Set.of("NoSchedule", "PreferNoSchedule", "NoExecute");

    private TaintFlags() {
    }

    static TaintOptions toOptions(ParsedCommand command, StringBuilder warnings) throws VerbException {
        DryRun dryRun = DryRun.parse(command.string(DryRun.FLAG.name()), warnings);
        List<String> args = command.positionals();
        if (args.isEmpty() || !(args.get(0).equals("node") || args.get(0).equals("nodes")
                || args.get(0).equals("no") || args.get(0).startsWith("node/"))) {
            throw VerbException.usage(ONLY_NODES);
        }
        List<String> resources = new ArrayList<>(List.of(args.get(0)));
        List<Taint> add = new ArrayList<>();
        List<Taint> remove = new ArrayList<>();
        for (String arg : args.subList(1, args.size())) {
            if (arg.endsWith("-") && arg.length() > 1) {
                remove.add(parse(arg.substring(0, arg.length() - 1), true));
            } else if (arg.contains(":") || arg.contains("=")) {
                add.add(parse(arg, false));
            } else if (add.isEmpty() && remove.isEmpty()) {
                resources.add(arg);
            } else {
                throw VerbException.usage("error: all resources must be specified before taint changes: " + arg);
            }
        }
        if (add.isEmpty() && remove.isEmpty()) {
            throw VerbException.usage("error: at least one taint update is required");
        }
        return new TaintOptions(Selection.of(command, resources, Selection.Need.NAMES_OR_SELECTOR), add, remove,
                command.bool(OVERWRITE.name()), dryRun);
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
}
