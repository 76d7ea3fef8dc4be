package io.krmcp.policy.layers;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.krmcp.command.ParsedCommand;
import io.krmcp.config.NamespaceRules;
import io.krmcp.kube.model.ResourceTypes;
import io.krmcp.policy.Decision;
import io.krmcp.policy.Denial;
import io.krmcp.policy.PolicyChain;
import io.krmcp.policy.PolicyLayer;

/**
 * {@code KUBECTL_ALLOWED_NAMESPACES} / {@code KUBECTL_DENIED_NAMESPACES} (globs with {@code *} and {@code ?}). The
 * effective namespace is checked, the default one included; {@code -A} is refused while an allowlist is set, since
 * it would read every namespace.
 */
public final class NamespaceLayer implements PolicyLayer {

    private final List<String> allowed;
    private final List<String> denied;
    private final NamespaceRules rules;

    public NamespaceLayer(List<String> allowed, List<String> denied) {
        this.allowed = List.copyOf(allowed);
        this.denied = List.copyOf(denied);
        this.rules = new NamespaceRules(allowed, denied);
    }

    @Override
    public String name() {
        return "namespaces";
    }

    @Override
    public Decision evaluate(PolicyChain chain) {
        if (allowed.isEmpty() && denied.isEmpty()) {
            return chain.proceed(chain.request());
        }
        ParsedCommand cmd = chain.request().parsed().orElseThrow();
        if (cmd.bool("all-namespaces")) {
            if (!allowed.isEmpty()) {
                return Decision.deny(Denial.of(name(), "all-namespaces", "-A/--all-namespaces is not permitted while "
                        + "KUBECTL_ALLOWED_NAMESPACES is set (allowed: " + String.join(", ", allowed)
                        + "); name a namespace with -n"));
            }
            if (!denied.isEmpty()) {
                return Decision.deny(Denial.of(name(), "all-namespaces", "-A/--all-namespaces is not permitted while "
                        + "KUBECTL_DENIED_NAMESPACES is set (denied: " + String.join(", ", denied)
                        + "); name a namespace with -n"));
            }
        }
        if (!allowed.isEmpty() && cmd.spec().writes() && cmd.spec().isNodeWide()) {
            return Decision.deny(Denial.of(name(), "cluster-scoped-write", cmd.verb() + " changes nodes, which "
                    + "reaches every namespace; it is not permitted while KUBECTL_ALLOWED_NAMESPACES is set (allowed: "
                    + String.join(", ", allowed) + ")"));
        }
        if (!allowed.isEmpty() && cmd.spec().writes()) {
            List<String> clusterScoped = clusterScopedTypes(cmd);
            if (!clusterScoped.isEmpty()) {
                return Decision.deny(Denial.of(name(), "cluster-scoped-write", "changing cluster-scoped "
                        + String.join(", ", clusterScoped) + " is not permitted while KUBECTL_ALLOWED_NAMESPACES is "
                        + "set (allowed: " + String.join(", ", allowed) + ")"));
            }
        }
        String namespace = chain.request().effectiveNamespace();
        if (!rules.permits(namespace)) {
            return Decision.deny(Denial.of(name(), rules.isDenied(namespace) ? "namespace-denied"
                    : "namespace-not-allowed", rules.refusal(namespace)));
        }
        return chain.proceed(chain.request());
    }

    /** Built-in cluster-scoped types the command names ({@code nodes}, {@code namespaces}, ...). */
    private static List<String> clusterScopedTypes(ParsedCommand cmd) {
        Set<String> types = new LinkedHashSet<>();
        for (String arg : cmd.positionals()) {
            String typePart = arg.contains("/") ? arg.substring(0, arg.indexOf('/')) : arg;
            for (String token : typePart.split(",")) {
                ResourceTypes.builtin(token).filter(t -> !t.namespaced()).ifPresent(t -> types.add(t.plural()));
            }
            if (!arg.contains("/")) {
                break;
            }
        }
        return List.copyOf(types);
    }
}
