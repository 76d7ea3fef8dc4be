package io.krmcp.policy.layers;

import io.krmcp.command.CommandParseException;
import io.krmcp.policy.Decision;
import io.krmcp.policy.Denial;
import io.krmcp.policy.PolicyChain;
import io.krmcp.policy.PolicyLayer;

/**
 * Refuses what the kubectl grammar does not accept: unknown verbs and flags (deny by default), and the identity and
 * cluster flags, which are refused whatever the configuration says.
 */
public final class ParseLayer implements PolicyLayer {

    @Override
    public String name() {
        return "parse";
    }

    @Override
    public Decision evaluate(PolicyChain chain) {
        var request = chain.request();
        if (request.parseError().isPresent()) {
            CommandParseException e = request.parseError().get();
            boolean verbError = e.reason() == CommandParseException.Reason.UNKNOWN_VERB
                    || e.reason() == CommandParseException.Reason.UNSUPPORTED_VERB;
            if (verbError && e.flag() != null && !request.settings().allowedCommands().contains(e.flag())) {
                // Whether the server implements a verb matters less to the agent than that it may not use it.
                return Decision.deny(Denial.of(SubcommandAllowlistLayer.NAME, "verb-not-allowed",
                        SubcommandAllowlistLayer.message(e.flag(), request.settings().allowedCommands())));
            }
            String code = switch (e.reason()) {
                case IDENTITY_FLAG -> "identity-flag";
                case UNKNOWN_FLAG -> "unknown-flag";
                case UNKNOWN_VERB -> "unknown-verb";
                case UNSUPPORTED_VERB -> "unsupported-verb";
                case BAD_VALUE, MISSING_VALUE -> "bad-flag-value";
            };
            return Decision.deny(Denial.of(name(), code, stripErrorPrefix(e.getMessage())));
        }
        if (request.parsed().isEmpty()) {
            return Decision.deny(Denial.of(name(), "not-parsed", "the command could not be parsed"));
        }
        return chain.proceed(request);
    }

    private static String stripErrorPrefix(String message) {
        return message.startsWith("error: ") ? message.substring("error: ".length()) : message;
    }
}
