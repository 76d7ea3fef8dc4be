package io.krmcp.mcp.transport;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import io.krmcp.kube.KubeApi;

/**
 * {@code /readyz}: configuration loaded (the server would not have started otherwise) and the API server answered
 * recently. A recent answer to any tool call counts; otherwise a cheap {@code /version} probe decides, at most once
 * per {@link #PROBE_INTERVAL}, so kubelet's probes never load the API server.
 */
public final class Readiness implements BooleanSupplier {

    static final Duration RECENT = Duration.ofSeconds(60);
    static final Duration PROBE_INTERVAL = Duration.ofSeconds(10);
    static final Duration PROBE_BUDGET = Duration.ofSeconds(2);

    private final KubeApi api;
    private volatile long lastProbeNanos = Long.MIN_VALUE;
    private volatile boolean lastProbeResult;

    public Readiness(KubeApi api) {
        this.api = api;
    }

    @Override
    public boolean getAsBoolean() {
        if (api.answeredWithin(RECENT)) {
            return true;
        }
        long now = System.nanoTime();
        if (lastProbeNanos != Long.MIN_VALUE && now - lastProbeNanos < PROBE_INTERVAL.toNanos()) {
            return lastProbeResult;
        }
        synchronized (this) {
            if (lastProbeNanos == Long.MIN_VALUE || System.nanoTime() - lastProbeNanos >= PROBE_INTERVAL.toNanos()) {
                lastProbeResult = api.probe(PROBE_BUDGET);
                lastProbeNanos = System.nanoTime();
            }
            return lastProbeResult;
        }
    }
}
