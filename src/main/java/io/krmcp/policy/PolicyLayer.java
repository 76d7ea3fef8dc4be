package io.krmcp.policy;

/**
 * One step of the policy pipeline. A layer either denies, or returns what {@code chain.proceed(chain.request())}
 * returns. It must not do I/O and must call {@code proceed} at most once.
 */
@FunctionalInterface
public interface PolicyLayer {

    Decision evaluate(PolicyChain chain);

    /** Short stable name used in denials, logs and metrics. */
    default String name() {
        return getClass().getSimpleName();
    }
}
