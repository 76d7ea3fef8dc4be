package io.krmcp.policy;

import java.util.List;
import java.util.Optional;

import io.krmcp.command.CommandParseException;
import io.krmcp.command.ParsedCommand;
import io.krmcp.config.ServerSettings;

/**
 * Everything a decision may depend on: the raw arguments, the parse outcome, the configuration snapshot and the
 * namespace in effect when none is given. No handle to the cluster: the policy does no I/O.
 */
public record PolicyRequest(List<String> rawArgs, Optional<ParsedCommand> parsed,
                            Optional<CommandParseException> parseError, ServerSettings settings,
                            String defaultNamespace) {

    public PolicyRequest {
        rawArgs = List.copyOf(rawArgs);
    }

    /** Parses the arguments and keeps the outcome, parsed command or parse error, for the layers to judge. */
    public static PolicyRequest parse(io.krmcp.command.CommandParser parser, List<String> args,
                                      ServerSettings settings, String defaultNamespace) {
        try {
            return new PolicyRequest(args, Optional.of(parser.parse(args)), Optional.empty(), settings,
                    defaultNamespace);
        } catch (CommandParseException e) {
            return new PolicyRequest(args, Optional.empty(), Optional.of(e), settings, defaultNamespace);
        }
    }

    /** The namespace the command acts in: {@code -n} if given, else the verb's own default, else the context's. */
    public String effectiveNamespace() {
        return parsed.flatMap(p -> p.string("namespace")).filter(s -> !s.isEmpty())
                .or(() -> parsed.flatMap(p -> p.spec().ownDefaultNamespace())).orElse(defaultNamespace);
    }
}
