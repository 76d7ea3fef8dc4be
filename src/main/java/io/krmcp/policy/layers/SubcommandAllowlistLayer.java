package io.krmcp.policy.layers;

import java.util.List;

import io.krmcp.command.ParsedCommand;
import io.krmcp.policy.Decision;
import io.krmcp.policy.Denial;
import io.krmcp.policy.PolicyChain;
import io.krmcp.policy.PolicyLayer;

/**
 * {@code KUBECTL_ALLOWED_COMMANDS}: the verb must be listed. An entry {@code "rollout"} allows every sub-verb; an
 * entry {@code "rollout status"} allows only that one.
 */
public final class SubcommandAllowlistLayer implements PolicyLayer {

    static final String NAME = "subcommand-allowlist";

    private final List<String> allowed;

    public SubcommandAllowlistLayer(List<String> allowed) {
        this.allowed = List.copyOf(allowed);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Decision evaluate(PolicyChain chain) {
        ParsedCommand cmd = chain.request().parsed().orElseThrow();
        String verb = cmd.verb();
        String withSub = cmd.positionals().isEmpty() ? verb : verb + " " + cmd.positionals().get(0);
        if (allowed.contains(verb) || allowed.contains(withSub)) {
            return chain.proceed(chain.request());
        }
        return Decision.deny(Denial.of(name(), "verb-not-allowed", message(verb, allowed)));
    }

    static String message(String verb, List<String> allowed) {
        return "subcommand '" + verb + "' is not allowed (allowed: " + String.join(", ", allowed) + ")";
    }
}
