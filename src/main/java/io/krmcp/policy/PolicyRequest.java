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

    /** The namespace the command acts in: {@code -n} if given, else the default. */
    public String effectiveNamespace() {
        return parsed.flatMap(p -> p.string("namespace")).filter(s -> !s.isEmpty()).orElse(defaultNamespace);
    }
}
