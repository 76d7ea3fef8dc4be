package io.krmcp.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.krmcp.command.FlagSpec;
import io.krmcp.command.ParsedCommand;

/**
 * The one spelling of a command that regex rules are also matched against: verb, sub-verb, canonical plural types
 * ({@code po} → {@code pods}, {@code deploy/x} → {@code deployments.apps/x}), names, every flag in long form as
 * {@code --flag=value} in name order (the last value of a repeated flag, lists joined by commas), and always
 * {@code --namespace=<effective namespace>} last. So {@code -n kube-system}, {@code po} or a flag placed before the
 * verb cannot dodge a rule written against the long form.
 */
public final class CanonicalCommand {

    private CanonicalCommand() {
    }

    public static String of(ParsedCommand cmd, String effectiveNamespace) {
        List<String> parts = new ArrayList<>();
        parts.add("kubectl");
        parts.add(cmd.verb());
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
        Map<String, String> flags = new TreeMap<>();
        for (Map.Entry<String, List<String>> e : cmd.flags().entrySet()) {
            if (e.getKey().equals("namespace") || e.getValue().isEmpty()) {
                continue;
            }
            boolean list = cmd.spec().flag(e.getKey()).map(f -> f.type() == FlagSpec.Type.STRING_LIST).orElse(false);
            flags.put(e.getKey(), list ? String.join(",", cmd.list(e.getKey()))
                    : e.getValue().get(e.getValue().size() - 1));
        }
        flags.forEach((k, v) -> parts.add("--" + k + "=" + v));
        parts.add("--namespace=" + effectiveNamespace);
        if (!cmd.afterDash().isEmpty()) {
            parts.add("--");
            parts.addAll(cmd.afterDash());
        }
        return String.join(" ", parts);
    }

    /** The command as given, for regex rules written against kubectl's own spelling. */
    public static String raw(ParsedCommand cmd) {
        return "kubectl " + String.join(" ", cmd.raw());
    }
}
