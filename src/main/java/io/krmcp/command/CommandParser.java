package io.krmcp.command;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import io.krmcp.command.CommandParseException.Reason;

/**
 * kubectl's command-line grammar with pflag's rules: {@code --f=v}, {@code --f v}, {@code -n v}, {@code -nv},
 * {@code -n=v}, boolean flags and clusters of boolean shorthands ({@code -Aw}), global flags before the verb, and
 * {@code --} ending flag parsing. Flags are looked up in the verb's {@link VerbSpec}; anything else is refused.
 */
public final class CommandParser {

    private final Function<String, Optional<VerbSpec>> verbs;
    private final Function<String, Boolean> knownButUnsupported;

    /**
     * @param verbs finds the spec of a verb this server implements
     * @param knownButUnsupported tells a real kubectl verb this server lacks from a typo, for the message
     */
    public CommandParser(Function<String, Optional<VerbSpec>> verbs, Function<String, Boolean> knownButUnsupported) {
        this.verbs = verbs;
        this.knownButUnsupported = knownButUnsupported;
    }

    public ParsedCommand parse(List<String> args) throws CommandParseException {
        List<String> raw = args;
        if (!raw.isEmpty() && raw.get(0).equals("kubectl")) {
            raw = raw.subList(1, raw.size());
        }
        State state = new State(raw);
        // Global flags may precede the verb; only the global spec applies until the verb is known.
        VerbSpec spec = null;
        while (state.hasNext()) {
            String token = state.peek();
            if (token.equals("--")) {
                throw new CommandParseException(Reason.UNKNOWN_VERB, "error: no command given before '--'");
            }
            if (token.startsWith("-") && token.length() > 1) {
                state.next();
                readFlag(token, state, GLOBAL_ONLY);
                continue;
            }
            state.next();
            spec = resolveVerb(token);
            state.role(ParsedCommand.TokenRole.VERB);
            break;
        }
        if (spec == null) {
            throw new CommandParseException(Reason.UNKNOWN_VERB,
                    "error: no command given; the first argument must be a kubectl verb such as \"get\"");
        }
        while (state.hasNext()) {
            String token = state.next();
            if (token.equals("--")) {
                state.role(ParsedCommand.TokenRole.DASH);
                while (state.hasNext()) {
                    state.afterDash.add(state.next());
                    state.dataTokens.add(state.index - 1);
                    state.role(ParsedCommand.TokenRole.AFTER_DASH);
                }
                break;
            }
            if (token.startsWith("-") && token.length() > 1) {
                readFlag(token, state, spec);
            } else {
                state.positionals.add(token);
                state.role(ParsedCommand.TokenRole.POSITIONAL);
            }
        }
        return new ParsedCommand(spec, state.positionals, state.flags, state.afterDash, raw, state.dataTokens,
                Arrays.asList(state.roles), state.sensitive);
    }

    private VerbSpec resolveVerb(String token) throws CommandParseException {
        Optional<VerbSpec> spec = verbs.apply(token);
        if (spec.isPresent()) {
            return spec.get();
        }
        if (knownButUnsupported.apply(token)) {
            throw new CommandParseException(Reason.UNSUPPORTED_VERB, token,
                    "error: kubectl verb \"" + token + "\" is not supported by this server");
        }
        throw new CommandParseException(Reason.UNKNOWN_VERB, token, "error: unknown command \"" + token + "\" for \"kubectl\"");
    }

    private static final VerbSpec GLOBAL_ONLY = VerbSpec.reading("kubectl", "global flags");

    private void readFlag(String token, State state, VerbSpec spec) throws CommandParseException {
        // the flag token's role; put() makes it FLAG_WITH_VALUE when its value is in the token, VALUE marks the next
        state.role(ParsedCommand.TokenRole.FLAG);
        if (token.startsWith("--")) {
            readLongFlag(token.substring(2), state, spec);
        } else {
            readShorthands(token.substring(1), state, spec);
        }
    }

    private void readLongFlag(String body, State state, VerbSpec spec) throws CommandParseException {
        int eq = body.indexOf('=');
        String name = GlobalFlags.normalise(eq < 0 ? body : body.substring(0, eq));
        if (name.isEmpty()) {
            throw new CommandParseException(Reason.BAD_VALUE, "error: bad flag syntax: --" + body);
        }
        refuseIdentity(name);
        FlagSpec flag = spec.flag(name).orElseThrow(() -> unknownFlag("--" + name, name, spec));
        String value;
        if (eq >= 0) {
            value = body.substring(eq + 1);
        } else if (flag.isBool()) {
            value = "true";
        } else if (flag.bareValue() != null) {
            value = flag.bareValue();
        } else if (state.hasNext()) {
            value = state.next();
        } else {
            throw new CommandParseException(Reason.MISSING_VALUE, name,
                    "error: flag needs an argument: --" + name);
        }
        state.put(flag, value);
    }

    private void readShorthands(String cluster, State state, VerbSpec spec) throws CommandParseException {
        for (int i = 0; i < cluster.length(); i++) {
            char letter = cluster.charAt(i);
            Optional<String> identity = GlobalFlags.identityShorthand(letter);
            if (identity.isPresent()) {
                refuseIdentity(identity.get());
            }
            FlagSpec flag = spec.shorthand(letter).orElseThrow(() -> new CommandParseException(Reason.UNKNOWN_FLAG,
                    String.valueOf(letter), "error: unknown shorthand flag: '" + letter + "' in -" + cluster
                            + allowedHint(spec)));
            String rest = cluster.substring(i + 1);
            if (flag.isBool()) {
                if (rest.startsWith("=")) {
                    state.put(flag, rest.substring(1));
                    return;
                }
                state.put(flag, "true");
                continue;
            }
            String value;
            if (rest.startsWith("=")) {
                value = rest.substring(1);
            } else if (flag.bareValue() != null) {
                value = flag.bareValue();
            } else if (!rest.isEmpty()) {
                value = rest;
            } else if (state.hasNext()) {
                value = state.next();
            } else {
                throw new CommandParseException(Reason.MISSING_VALUE, flag.name(),
                        "error: flag needs an argument: '" + letter + "' in -" + cluster);
            }
            state.put(flag, value);
            return;
        }
    }

    private static void refuseIdentity(String name) throws CommandParseException {
        if (GlobalFlags.isIdentityFlag(name)) {
            throw new CommandParseException(Reason.IDENTITY_FLAG, name, "flag --" + name
                    + " is not permitted: this server always acts as its own identity on its own cluster");
        }
    }

    /**
     * pflag lets a flag's value look like another flag ({@code -o --as=admin}); kubectl would then not apply it, but
     * an identity flag is never acceptable anywhere before {@code --}, so such values are refused outright.
     */
    private static void refuseSmuggled(String value) throws CommandParseException {
        if (value.startsWith("-")) {
            String name = value.replaceFirst("^-+", "");
            int eq = name.indexOf('=');
            name = GlobalFlags.normalise(eq < 0 ? name : name.substring(0, eq));
            boolean shortServer = value.matches("-[A-Za-z]*s.*") && !value.startsWith("--");
            if (GlobalFlags.isIdentityFlag(name) || shortServer) {
                throw new CommandParseException(Reason.IDENTITY_FLAG, name, "value \"" + value
                        + "\" looks like a cluster or identity flag, which is never accepted, not even as a value");
            }
        }
    }

    private static CommandParseException unknownFlag(String shown, String name, VerbSpec spec) {
        return new CommandParseException(Reason.UNKNOWN_FLAG, name, "error: unknown flag: " + shown + allowedHint(spec));
    }

    private static String allowedHint(VerbSpec spec) {
        if (spec == GLOBAL_ONLY) {
            return " (before the verb only -n/--namespace is accepted)";
        }
        List<String> names = new ArrayList<>();
        for (FlagSpec f : spec.flags()) {
            names.add(f.display());
        }
        return " (flags accepted by \"" + spec.name() + "\": " + String.join(" ", names) + ")";
    }

    /** Cursor over the arguments plus what has been read so far. */
    private static final class State {
        private final List<String> args;
        private int index;
        private final List<String> positionals = new ArrayList<>();
        private final Map<String, List<String>> flags = new LinkedHashMap<>();
        private final List<String> afterDash = new ArrayList<>();
        private final Set<Integer> dataTokens = new HashSet<>();
        private final ParsedCommand.TokenRole[] roles;
        private final Map<Integer, Integer> sensitive = new HashMap<>();
        /** The index of the flag token being read, so a value taken from the next token is known as such. */
        private int flagToken = -1;

        State(List<String> args) {
            this.args = args;
            this.roles = new ParsedCommand.TokenRole[args.size()];
        }

        /** Gives the token just read its role. */
        void role(ParsedCommand.TokenRole role) {
            roles[index - 1] = role;
            if (role == ParsedCommand.TokenRole.FLAG) {
                flagToken = index - 1;
            }
        }

        boolean hasNext() {
            return index < args.size();
        }

        String peek() {
            return args.get(index);
        }

        String next() {
            return args.get(index++);
        }

        /** Records a value; the token it came from is always the one just read. */
        void put(FlagSpec flag, String value) throws CommandParseException {
            refuseSmuggled(value);
            validate(flag, value);
            int token = index - 1;
            boolean own = token == flagToken;
            if (own && args.get(token).endsWith(value) && args.get(token).length() > value.length()
                    && !(flag.isBool() || flag.bareValue() != null) || own && args.get(token).contains("=")) {
                roles[token] = ParsedCommand.TokenRole.FLAG_WITH_VALUE;
            } else if (!own) {
                roles[token] = ParsedCommand.TokenRole.VALUE;
            }
            if (flag.dataValue().test(value)) {
                dataTokens.add(token);
            }
            if (flag.auditMasked() && args.get(token).endsWith(value)) {
                sensitive.put(token, value.length());
            }
            flags.computeIfAbsent(flag.name(), k -> new ArrayList<>()).add(value);
        }

        private static void validate(FlagSpec flag, String value) throws CommandParseException {
            switch (flag.type()) {
                case BOOL -> {
                    if (!value.equals("true") && !value.equals("false")) {
                        throw new CommandParseException(Reason.BAD_VALUE, flag.name(), "error: invalid argument \""
                                + value + "\" for \"--" + flag.name() + "\" flag: expected true or false");
                    }
                }
                case INT -> {
                    try {
                        Long.parseLong(value);
                    } catch (NumberFormatException e) {
                        throw new CommandParseException(Reason.BAD_VALUE, flag.name(), "error: invalid argument \""
                                + value + "\" for \"--" + flag.name() + "\" flag: expected an integer");
                    }
                }
                case DURATION -> {
                    if (!GoDuration.isValid(value)) {
                        throw new CommandParseException(Reason.BAD_VALUE, flag.name(), "error: invalid argument \""
                                + value + "\" for \"--" + flag.name()
                                + "\" flag: expected a duration such as 30s, 5m or 1h");
                    }
                }
                default -> {
                }
            }
        }
    }
}
