package io.krmcp.policy.layers;

import java.util.List;
import java.util.Map;

import io.krmcp.command.FlagSpec;
import io.krmcp.command.ParsedCommand;
import io.krmcp.policy.Decision;
import io.krmcp.policy.Denial;
import io.krmcp.policy.PolicyChain;
import io.krmcp.policy.PolicyLayer;

/**
 * {@code KUBECTL_DANGEROUS_FLAGS}: refused when present, whatever the value. Matching is on the parsed command, where
 * every flag is already under its long name with {@code _} normalised, so {@code -x}, {@code --x=v} and
 * {@code --x v} are the same flag.
 */
public final class DangerousFlagsLayer implements PolicyLayer {

    private final List<String> flags;

    /** @param flags entries as {@code --long-name} or {@code -s} */
    public DangerousFlagsLayer(List<String> flags) {
        this.flags = List.copyOf(flags);
    }

    @Override
    public String name() {
        return "dangerous-flags";
    }

    @Override
    public Decision evaluate(PolicyChain chain) {
        ParsedCommand cmd = chain.request().parsed().orElseThrow();
        for (Map.Entry<String, List<String>> given : cmd.flags().entrySet()) {
            FlagSpec spec = cmd.spec().flag(given.getKey()).orElse(null);
            for (String entry : flags) {
                boolean longMatch = entry.equals("--" + given.getKey());
                boolean shortMatch = spec != null && spec.hasShorthand() && entry.equals("-" + spec.shorthand());
                if (longMatch || shortMatch) {
                    return Decision.deny(Denial.of(name(), "dangerous-flag", "flag --" + given.getKey()
                            + " is not permitted (KUBECTL_DANGEROUS_FLAGS: " + String.join(",", flags) + ")"));
                }
            }
        }
        return chain.proceed(chain.request());
    }
}
