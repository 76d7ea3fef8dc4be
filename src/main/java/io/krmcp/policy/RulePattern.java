package io.krmcp.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import io.krmcp.command.FlagSpec;
import io.krmcp.command.GlobalFlags;
import io.krmcp.command.VerbSpec;

/**
 * One {@code dangerous_commands} or {@code safe_patterns} entry, read once at start. Entries are parsed like
 * commands and matched by meaning ({@link CommandShape}); an entry that cannot be read as a command falls back to a
 * whole-word prefix match on the command's raw and canonical strings. A flag the entry writes with a value
 * ({@code --field-selector=status.phase=Failed}) matches only that value, as the parser reads the command's.
 *
 * @param entry the text as written in the rule file
 * @param shape the parsed meaning, or empty for the prefix fallback
 */
public record RulePattern(String entry, Optional<CommandShape> shape) {

    /** Shorthands as kubectl's verbs mostly define them, for entries whose verb this server does not implement. */
    private static final Map<Character, String> COMMON_SHORTHANDS = Map.of('A', "all-namespaces", 'l', "selector",
            'n', "namespace", 'f', "filename", 'o', "output", 'c', "container", 'i', "stdin", 't', "tty",
            'R', "recursive", 'w', "watch");
    private static final Set<String> COMMON_VALUE_FLAGS = Set.of("selector", "namespace", "filename", "output",
            "container", "field-selector", "grace-period", "cascade", "image", "type", "patch", "replicas", "timeout",
            "pod-selector", "to-revision", "revision", "since", "tail");

    /**
     * @param specs the verbs this server knows, to read an entry's flags exactly as a command's would be read
     */
    public static RulePattern parse(String entry, Function<String, Optional<VerbSpec>> specs) {
        List<String> tokens = new ArrayList<>(List.of(entry.trim().split("\\s+")));
        if (!tokens.isEmpty() && tokens.get(0).equals("kubectl")) {
            tokens.remove(0);
        }
        if (tokens.isEmpty() || tokens.get(0).startsWith("-") || !tokens.stream().allMatch(RulePattern::plainToken)) {
            return new RulePattern(entry.trim(), Optional.empty());
        }
        String verb = tokens.get(0);
        Optional<VerbSpec> spec = specs.apply(verb);
        List<String> positionals = new ArrayList<>();
        Set<String> flags = new LinkedHashSet<>();
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 1; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (token.startsWith("--")) {
                String body = token.substring(2);
                int eq = body.indexOf('=');
                String name = GlobalFlags.normalise(eq < 0 ? body : body.substring(0, eq));
                flags.add(name);
                if (eq >= 0) {
                    values.put(name, body.substring(eq + 1));
                } else if (takesValue(spec, name) && i + 1 < tokens.size()) {
                    i++;
                    values.put(name, tokens.get(i));
                }
            } else if (token.startsWith("-") && token.length() > 1) {
                char letter = token.charAt(1);
                Optional<String> name = spec.flatMap(s -> s.shorthand(letter)).map(FlagSpec::name)
                        .or(() -> Optional.ofNullable(COMMON_SHORTHANDS.get(letter)));
                if (name.isEmpty()) {
                    return new RulePattern(entry.trim(), Optional.empty());
                }
                flags.add(name.get());
                if (token.length() > 2 && takesValue(spec, name.get())) {
                    values.put(name.get(), token.substring(token.charAt(2) == '=' ? 3 : 2));
                } else if (takesValue(spec, name.get()) && i + 1 < tokens.size()) {
                    i++;
                    values.put(name.get(), tokens.get(i));
                }
            } else {
                positionals.add(token);
            }
        }
        return new RulePattern(entry.trim(), Optional.of(CommandShape.of(verb, positionals, flags, values)));
    }

    private static boolean takesValue(Optional<VerbSpec> spec, String name) {
        return spec.flatMap(s -> s.flag(name)).map(f -> !f.valueOptional()).orElse(COMMON_VALUE_FLAGS.contains(name));
    }

    private static boolean plainToken(String token) {
        return token.chars().allMatch(c -> c > 0x20 && c < 0x7f);
    }

    /**
     * A dangerous entry covers a command with the same verb (and sub-verb if the entry names one), one of the
     * entry's types if it names any, its names if it names any, and every flag it names.
     */
    public boolean covers(CommandShape command, String raw, String canonical) {
        if (shape.isEmpty()) {
            return prefixOf(raw) || prefixOf(canonical);
        }
        CommandShape p = shape.get();
        if (!sameVerb(p, command)) {
            return false;
        }
        if (!p.types().isEmpty() && p.types().stream().noneMatch(command.types()::contains)) {
            return false;
        }
        if (!command.names().containsAll(p.names())) {
            return false;
        }
        return command.flags().containsAll(p.flags()) && command.hasValuesOf(p);
    }

    /**
     * A safe pattern re-allows a command only when it covers every type the command names, the command names its
     * objects explicitly, and the command widens its reach ({@code --all}, {@code -A}, {@code -l},
     * {@code --field-selector}) only where the pattern does too.
     */
    public boolean reallows(CommandShape command) {
        if (shape.isEmpty()) {
            return false;
        }
        CommandShape p = shape.get();
        if (!sameVerb(p, command)) {
            return false;
        }
        if (!p.types().isEmpty() && (command.types().isEmpty() || !p.types().containsAll(command.types()))) {
            return false;
        }
        for (String flag : command.flags()) {
            if (CommandShape.WIDENING_FLAGS.contains(flag) && !p.flags().contains(flag)) {
                return false;
            }
        }
        if (command.names().isEmpty() && !p.widened()) {
            return false;
        }
        if (!p.names().isEmpty() && !p.names().containsAll(command.names())) {
            return false;
        }
        return command.flags().containsAll(p.flags()) && command.hasValuesOf(p);
    }

    private static boolean sameVerb(CommandShape pattern, CommandShape command) {
        return pattern.verb().equals(command.verb())
                && (pattern.subVerb().isEmpty() || pattern.subVerb().equals(command.subVerb()));
    }

    private boolean prefixOf(String command) {
        String prefix = entry.startsWith("kubectl ") || entry.equals("kubectl") ? entry : "kubectl " + entry;
        return command.equals(prefix) || command.startsWith(prefix + " ");
    }
}
