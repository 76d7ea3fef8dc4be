package io.krmcp.policy;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index-based chain that runs {@link PolicyLayer}s in order. It fails closed: a layer that throws, returns null,
 * passes a null request on or calls {@code proceed} twice produces a denial that names the layer, never an allow.
 */
public final class RealPolicyChain implements PolicyChain {

    private static final Logger LOG = LoggerFactory.getLogger(RealPolicyChain.class);

    private final List<PolicyLayer> layers;
    private final int index;
    private final PolicyRequest request;
    private int proceedCalls;

    private RealPolicyChain(List<PolicyLayer> layers, int index, PolicyRequest request) {
        this.layers = layers;
        this.index = index;
        this.request = request;
    }

    /** Runs every layer over the request. */
    public static Decision run(List<PolicyLayer> layers, PolicyRequest request) {
        return new RealPolicyChain(List.copyOf(layers), 0, request).runFrom(request);
    }

    @Override
    public PolicyRequest request() {
        return request;
    }

    @Override
    public Decision proceed(PolicyRequest next) {
        PolicyLayer caller = layers.get(index - 1);
        if (++proceedCalls > 1) {
            return internal(caller, "called proceed more than once");
        }
        if (next == null) {
            return internal(caller, "passed no request on");
        }
        return runFrom(next);
    }

    private Decision runFrom(PolicyRequest current) {
        if (index >= layers.size()) {
            return Decision.allow();
        }
        PolicyLayer layer = layers.get(index);
        RealPolicyChain rest = new RealPolicyChain(layers, index + 1, current);
        Decision decision;
        try {
            decision = layer.evaluate(rest);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.warn("policy layer {} failed; denying: {}", layer.name(), e.getClass().getName());
            return internal(layer, "failed while deciding");
        }
        if (decision == null) {
            return internal(layer, "returned no decision");
        }
        if (rest.proceedCalls > 1) {
            return internal(layer, "called proceed more than once");
        }
        return decision;
    }

    private static Decision internal(PolicyLayer layer, String what) {
        return Decision.deny(Denial.of(layer.name(), "policy-error",
                "the policy could not decide (layer " + layer.name() + " " + what + "); nothing was run"));
    }
}
