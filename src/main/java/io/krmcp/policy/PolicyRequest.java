package io.krmcp.policy;

import java.util.List;
import java.util.Optional;

import io.krmcp.command.CommandParseException;
import io.krmcp.command.CommandParser;
import io.krmcp.command.ParsedCommand;
import io.krmcp.config.ServerSettings;

/**
 * Everything a decision may depend on: the raw arguments, the parse outcome, the configuration snapshot, the
 * namespace in effect when none is given, and whether the client says a human approved this call. No handle to
 * the cluster: the policy does no I/O.
 *
 * @param clientApproved the call carried HolmesGPT's {@code "__robusta_user_approved": true}; it counts only for
 *     commands the rule file marks dangerous, and only with {@code K8S_MCP_DANGEROUS=confirm}
 */
public record PolicyRequest(List<String> rawArgs, Optional<ParsedCommand> parsed,
                            Optional<CommandParseException> parseError, ServerSettings settings,
                            String defaultNamespace, boolean clientApproved) {

    public PolicyRequest {
        rawArgs = List.copyOf(rawArgs);
    }

    public PolicyRequest(List<String> rawArgs, Optional<ParsedCommand> parsed,
                         Optional<CommandParseException> parseError, ServerSettings settings,
                         String defaultNamespace) {
        this(rawArgs, parsed, parseError, settings, defaultNamespace, false);
    }

    /** The same request, approved (or not) by a human through the client. */
    public PolicyRequest approved(boolean approved) {
        return new PolicyRequest(rawArgs, parsed, parseError, settings, defaultNamespace, approved);
    }

    /** Parses the arguments and keeps the outcome, parsed command or parse error, for the layers to judge. */
    public static PolicyRequest parse(CommandParser parser, List<String> args,
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
