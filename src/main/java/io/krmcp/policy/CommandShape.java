package io.krmcp.policy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.krmcp.kube.model.ResourceTypes;

/**
 * A command reduced to what the rule file matches on: verb, sub-verb, resource types by canonical plural, whether
 * objects are named, and which flags are present. Built both from commands and from rule entries, so the two are
 * compared by meaning, not by spelling.
 *
 * @param verb the kubectl verb
 * @param subVerb {@code status} in {@code rollout status}, or empty
 * @param types canonical plurals ({@code deployments.apps} for grouped types, {@code pods} for core)
 * @param names object names given explicitly
 * @param flags long flag names present
 * @param flagValues for a command, the value in effect of each flag present (the last one given, {@code true} for a
 *     boolean written bare); for a rule entry, only the flags the entry wrote with a value, which then match only
 *     that value
 */
public record CommandShape(String verb, String subVerb, Set<String> types, List<String> names, Set<String> flags,
                           Map<String, String> flagValues) {

    /** Verbs whose first positional is a sub-verb rather than a resource. */
    static final Set<String> SUB_VERB_VERBS = Set.of("rollout", "auth", "set", "config", "top", "create",
            "certificate", "apply", "plugin");

    /**
     * Verbs whose positionals are names of one implied type ({@code drain NODE}, {@code exec POD}), so that
     * {@code drain node-1} names the node {@code node-1} rather than a type called {@code node-1}.
     */
    static final Map<String, String> IMPLIED_TYPE = Map.of("drain", "nodes", "cordon", "nodes",
            "uncordon", "nodes", "exec", "pods");

    /** Flags that widen a command beyond explicitly named objects. */
    static final Set<String> WIDENING_FLAGS = Set.of("all", "all-namespaces", "selector", "field-selector");

    public CommandShape {
        types = Set.copyOf(types);
        names = List.copyOf(names);
        flags = Set.copyOf(flags);
        flagValues = Map.copyOf(flagValues);
    }

    public static CommandShape of(String verb, List<String> positionals, Set<String> flags) {
        return of(verb, positionals, flags, Map.of());
    }

    /** Splits positionals into sub-verb, types and names with kubectl's TYPE[,TYPE] NAME... and TYPE/NAME forms. */
    public static CommandShape of(String verb, List<String> positionals, Set<String> flags,
                                  Map<String, String> flagValues) {
        List<String> rest = new ArrayList<>(positionals);
        String sub = "";
        if (SUB_VERB_VERBS.contains(verb) && !rest.isEmpty()) {
            sub = rest.remove(0);
        }
        Set<String> types = new LinkedHashSet<>();
        List<String> names = new ArrayList<>();
        if (!rest.isEmpty()) {
            if (IMPLIED_TYPE.containsKey(verb) && !rest.get(0).contains("/")) {
                types.add(IMPLIED_TYPE.get(verb));
                names.addAll(rest);
            } else if (rest.get(0).contains("/")) {
                for (String arg : rest) {
                    int slash = arg.indexOf('/');
                    if (slash > 0) {
                        types.add(canonicalType(arg.substring(0, slash)));
                        names.add(arg.substring(slash + 1));
                    } else {
                        names.add(arg);
                    }
                }
            } else {
                for (String t : rest.get(0).split(",")) {
                    if (!t.isEmpty()) {
                        types.add(canonicalType(t));
                    }
                }
                names.addAll(rest.subList(1, rest.size()));
            }
        }
        return new CommandShape(verb, sub, types, names, flags, flagValues);
    }

    /** The canonical plural of a type token; unknown types (CRDs) keep their spelling, lower-cased. */
    static String canonicalType(String token) {
        return ResourceTypes.builtin(token).map(t -> t.groupResource())
                .orElse(token.toLowerCase(Locale.ROOT));
    }

    /** Every flag value the pattern names is the command's value for that flag. */
    boolean hasValuesOf(CommandShape pattern) {
        return pattern.flagValues.entrySet().stream().allMatch(e -> e.getValue().equals(flagValues.get(e.getKey())));
    }

    public boolean widened() {
        return flags.stream().anyMatch(WIDENING_FLAGS::contains);
    }
}
