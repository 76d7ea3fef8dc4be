package io.krmcp.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.krmcp.command.FlagSpec;
import io.krmcp.command.ParsedCommand;

/**
 * The spellings of a command that regex rules are also matched against: verb, sub-verb, canonical plural types
 * ({@code po} → {@code pods}, {@code deploy/x} → {@code deployments.apps/x}), names, every flag in long form as
 * {@code --flag=value} in name order (the last value of a repeated flag, lists joined by commas), and always
 * {@code --namespace=<namespace>} last. So {@code -n kube-system}, {@code po} or a flag placed before the verb cannot
 * dodge a rule written against the long form.
 *
 * <p>A command is spelled once per type it names and once per namespace it touches: {@code get cm,secrets} is
 * judged as a command about configmaps and as one about secrets; {@code --field-selector metadata.namespace=X} as
 * one in X; {@code -A} as one in every namespace a rule could name (see {@link #lines}).
 */
public final class CanonicalCommand {

    private CanonicalCommand() {
    }

    /** The first of {@link #lines}: the command as one line, its types together, in its effective namespace. */
    public static String of(ParsedCommand cmd, String effectiveNamespace) {
        return line(cmd, typeSlots(cmd), effectiveNamespace);
    }

    /**
     * One line per (type, namespace) the command touches; the first line names every type together.
     *
     * @param everyNamespace what {@code -A} stands for: the namespaces the rules can name (a policy does no I/O and
     *     cannot list the cluster's)
     */
    public static List<String> lines(ParsedCommand cmd, String effectiveNamespace, Set<String> everyNamespace) {
        Set<String> namespaces = new LinkedHashSet<>();
        namespaces.add(effectiveNamespace);
        namespaces.addAll(selectedNamespaces(cmd));
        if (cmd.bool("all-namespaces")) {
            namespaces.addAll(everyNamespace);
        }
        List<List<String>> perType = perTypeSlots(cmd);
        Set<String> out = new LinkedHashSet<>();
        for (String ns : namespaces) {
            out.add(line(cmd, typeSlots(cmd), ns));
            for (List<String> slots : perType) {
                out.add(line(cmd, slots, ns));
            }
        }
        return List.copyOf(out);
    }

    /** Namespaces a field selector pins ({@code metadata.namespace=X}, {@code ==X}). */
    static Set<String> selectedNamespaces(ParsedCommand cmd) {
        Set<String> out = new LinkedHashSet<>();
        for (String selector : cmd.flags().getOrDefault("field-selector", List.of())) {
            for (String term : selector.split(",")) {
                String t = term.replace(" ", "");
                for (String prefix : List.of("metadata.namespace==", "metadata.namespace=")) {
                    if (t.startsWith(prefix)) {
                        out.add(t.substring(prefix.length()));
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** The flags in effect by long name, as {@code --flag=value} shows them (namespace aside). */
    public static Map<String, String> flagValues(ParsedCommand cmd) {
        Map<String, String> flags = new TreeMap<>();
        for (Map.Entry<String, List<String>> e : cmd.flags().entrySet()) {
            if (e.getKey().equals("namespace") || e.getValue().isEmpty()) {
                continue;
            }
            boolean list = cmd.spec().flag(e.getKey()).map(f -> f.type() == FlagSpec.Type.STRING_LIST).orElse(false);
            flags.put(e.getKey(), list ? String.join(",", cmd.list(e.getKey()))
                    : e.getValue().get(e.getValue().size() - 1));
        }
        return flags;
    }

    private static String line(ParsedCommand cmd, List<String> slots, String namespace) {
        List<String> parts = new ArrayList<>();
        parts.add("kubectl");
        parts.add(cmd.verb());
        parts.addAll(slots);
        flagValues(cmd).forEach((k, v) -> parts.add("--" + k + "=" + v));
        parts.add("--namespace=" + namespace);
        if (!cmd.afterDash().isEmpty()) {
            parts.add("--");
            parts.addAll(cmd.afterDash());
        }
        return String.join(" ", parts);
    }

    /** Sub-verb, types and names as the command gave them, types canonical. */
    private static List<String> typeSlots(ParsedCommand cmd) {
        List<String> parts = new ArrayList<>();
        List<String> positionals = new ArrayList<>(cmd.positionals());
        if (CommandShape.SUB_VERB_VERBS.contains(cmd.verb()) && !positionals.isEmpty()) {
            parts.add(positionals.remove(0));
        }
        boolean first = true;
        for (String arg : positionals) {
            int slash = arg.indexOf('/');
            if (slash > 0) {
                parts.add(CommandShape.canonicalType(arg.substring(0, slash)) + arg.substring(slash));
            } else if (first) {
                List<String> types = new ArrayList<>();
                for (String t : arg.split(",")) {
                    if (!t.isEmpty()) {
                        types.add(CommandShape.canonicalType(t));
                    }
                }
                parts.add(String.join(",", types));
            } else {
                parts.add(arg);
            }
            first = false;
        }
        return parts;
    }

    /**
     * The same slots once per type, when the command names more than one ({@code cm,secrets x}, or
     * {@code cm/a secrets/b}): each line holds one type and the names that go with it.
     */
    private static List<List<String>> perTypeSlots(ParsedCommand cmd) {
        List<String> positionals = new ArrayList<>(cmd.positionals());
        List<String> head = new ArrayList<>();
        if (CommandShape.SUB_VERB_VERBS.contains(cmd.verb()) && !positionals.isEmpty()) {
            head.add(positionals.remove(0));
        }
        if (positionals.isEmpty() || CommandShape.IMPLIED_TYPE.containsKey(cmd.verb())) {
            return List.of();
        }
        Map<String, List<String>> byType = new LinkedHashMap<>();
        if (positionals.get(0).contains("/")) {
            for (String arg : positionals) {
                int slash = arg.indexOf('/');
                if (slash > 0) {
                    String type = CommandShape.canonicalType(arg.substring(0, slash));
                    byType.computeIfAbsent(type, k -> new ArrayList<>()).add(type + arg.substring(slash));
                }
            }
        } else {
            for (String t : positionals.get(0).split(",")) {
                if (!t.isEmpty()) {
                    List<String> slots = new ArrayList<>();
                    slots.add(CommandShape.canonicalType(t));
                    slots.addAll(positionals.subList(1, positionals.size()));
                    byType.put(CommandShape.canonicalType(t), slots);
                }
            }
        }
        if (byType.size() < 2) {
            return List.of();
        }
        List<List<String>> out = new ArrayList<>();
        byType.values().forEach(v -> {
            List<String> slots = new ArrayList<>(head);
            slots.addAll(v);
            out.add(slots);
        });
        return out;
    }

    /** The command as given, for regex rules written against kubectl's own spelling. */
    public static String raw(ParsedCommand cmd) {
        return "kubectl " + String.join(" ", cmd.raw());
    }
}
