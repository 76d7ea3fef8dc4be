package io.krmcp.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import io.krmcp.command.VerbSpec;
import io.krmcp.config.SecurityMode;
import io.krmcp.config.ServerSettings;
import io.krmcp.policy.layers.DangerousFlagsLayer;
import io.krmcp.policy.layers.ExecCommandLayer;
import io.krmcp.policy.layers.ImageAllowlistLayer;
import io.krmcp.policy.layers.InputHygieneLayer;
import io.krmcp.policy.layers.NamespaceLayer;
import io.krmcp.policy.layers.ParseLayer;
import io.krmcp.policy.layers.RuleFileLayer;
import io.krmcp.policy.layers.SubcommandAllowlistLayer;

/**
 * Decides whether a command may run: a pure function of the request and the configuration snapshot. The layers
 * are listed here, once, in the order of DESIGN §2; each refuses with its own message or passes the request on.
 */
public final class PolicyEngine {

    private final List<PolicyLayer> layers;

    /**
     * @param specs the verbs this server knows, so rule entries are read with the same flag specs as commands
     */
    public PolicyEngine(ServerSettings settings, Function<String, Optional<VerbSpec>> specs) {
        this.layers = layers(settings, specs);
    }

    public static List<PolicyLayer> layers(ServerSettings settings, Function<String, Optional<VerbSpec>> specs) {
        List<PolicyLayer> layers = new ArrayList<>(List.of(
                new InputHygieneLayer(),
                new ParseLayer(),
                new SubcommandAllowlistLayer(settings.allowedCommands()),
                new DangerousFlagsLayer(settings.dangerousFlags()),
                new ImageAllowlistLayer(settings.allowedImages()),
                new ExecCommandLayer(settings.allowedExecCommands()),
                new NamespaceLayer(settings.allowedNamespaces(), settings.deniedNamespaces())));
        if (settings.securityMode() == SecurityMode.STRICT) {
            List<String> named = new ArrayList<>(settings.allowedNamespaces());
            named.addAll(settings.deniedNamespaces());
            layers.add(new RuleFileLayer(settings.rules(), specs, named));
        }
        return List.copyOf(layers);
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
