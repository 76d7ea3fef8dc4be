package io.krmcp.policy;

/** The rest of the pipeline, as seen from one layer. */
public interface PolicyChain {

    PolicyRequest request();

    /** Runs the next layers; the terminal step allows. */
    Decision proceed(PolicyRequest request);
}
