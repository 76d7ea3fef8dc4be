package io.krmcp.policy;

import java.util.List;

import io.krmcp.config.ServerSettings;
import io.krmcp.policy.layers.DangerousFlagsLayer;
import io.krmcp.policy.layers.InputHygieneLayer;
import io.krmcp.policy.layers.NamespaceLayer;
import io.krmcp.policy.layers.ParseLayer;
import io.krmcp.policy.layers.SubcommandAllowlistLayer;

/**
 * Decides whether a command may run: a pure function of the request and the configuration snapshot. The layers
 * are listed here, once, in the order of DESIGN §2; each refuses with its own message or passes the request on.
 */
public final class PolicyEngine {

    private final List<PolicyLayer> layers;

    public PolicyEngine(ServerSettings settings) {
        this.layers = layers(settings);
    }

    public static List<PolicyLayer> layers(ServerSettings settings) {
        return List.of(
                new InputHygieneLayer(),
                new ParseLayer(),
                new SubcommandAllowlistLayer(settings.allowedCommands()),
                new DangerousFlagsLayer(settings.dangerousFlags()),
                new NamespaceLayer(settings.allowedNamespaces(), settings.deniedNamespaces()));
    }

    public Decision evaluate(PolicyRequest request) {
        if (request == null) {
            return Decision.deny(Denial.of("engine", "policy-error", "the policy received no request; nothing was run"));
        }
        return RealPolicyChain.run(layers, request);
    }

    public List<PolicyLayer> layers() {
        return layers;
    }
}
