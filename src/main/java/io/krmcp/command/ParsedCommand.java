package io.krmcp.command;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The typed form of one kubectl command line: the verb, its positional arguments, every flag by its long name with
 * the values given in order, and what followed {@code --}. Policy and verbs read only this, never the raw strings.
 *
 * @param spec the grammar the command was parsed with
 * @param positionals arguments that are not flags, verb excluded
 * @param flags long flag name to the values given, in order; booleans hold "true"/"false"
 * @param afterDash arguments after a bare {@code --}
 * @param raw the arguments as received, a leading "kubectl" dropped
 * @param dataTokens indexes into {@code raw} of tokens holding data values (after {@code --}, or a value of a flag
 *     whose spec marks it as data)
 * @param roles what each token of {@code raw} was read as, index for index
 * @param sensitiveTokens indexes into {@code raw} of tokens that end with the value of a flag marked
 *     {@link FlagSpec#auditMasked()}, to the length of that value (the whole token, or the part after
 *     {@code --patch=} or {@code -p})
 */
public record ParsedCommand(VerbSpec spec, List<String> positionals, Map<String, List<String>> flags,
                            List<String> afterDash, List<String> raw, Set<Integer> dataTokens, List<TokenRole> roles,
                            Map<Integer, Integer> sensitiveTokens) {

    /** What the parser read a token as. */
    public enum TokenRole {
        VERB,
        /** A flag standing alone: a boolean, a flag with a bare value, or one whose value is the next token. */
        FLAG,
        /** A flag with its value in the same token ({@code --type=merge}, {@code -pVALUE}). */
        FLAG_WITH_VALUE,
        /** The value of the flag before it. */
        VALUE,
        POSITIONAL,
        /** The bare {@code --}. */
        DASH,
        AFTER_DASH
    }

    public ParsedCommand {
        positionals = List.copyOf(positionals);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        flags.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        flags = Collections.unmodifiableMap(copy);
        afterDash = List.copyOf(afterDash);
        raw = List.copyOf(raw);
        dataTokens = Set.copyOf(dataTokens);
        roles = List.copyOf(roles);
        sensitiveTokens = Map.copyOf(sensitiveTokens);
    }

    public String verb() {
        return spec.name();
    }

    public boolean has(String flag) {
        return flags.containsKey(flag);
    }

    /** The last value given, as pflag keeps it, else the spec's default. */
    public Optional<String> string(String flag) {
        List<String> values = flags.get(flag);
        if (values != null && !values.isEmpty()) {
            return Optional.of(values.get(values.size() - 1));
        }
        return spec.flag(flag).map(FlagSpec::defaultValue);
    }

    public boolean bool(String flag) {
        return string(flag).map(Boolean::parseBoolean).orElse(false);
    }

    /** Values of a repeatable, comma-separated flag, split and in order. */
    public List<String> list(String flag) {
        List<String> out = new ArrayList<>();
        for (String value : flags.getOrDefault(flag, List.of())) {
            for (String part : value.split(",")) {
                if (!part.isEmpty()) {
                    out.add(part);
                }
            }
        }
        return out;
    }

    public Optional<Integer> integer(String flag) {
        return string(flag).map(Integer::parseInt);
    }
}
