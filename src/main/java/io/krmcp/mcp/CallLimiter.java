package io.krmcp.mcp;

import java.util.Optional;
import java.util.concurrent.Semaphore;

/**
 * {@code K8S_MCP_MAX_CONCURRENT_CALLS}: beyond this many kubectl calls in flight, a call is refused at once with a
 * clear message, never queued behind a slow API server.
 */
public final class CallLimiter {

    private final int max;
    private final Semaphore permits;

    public CallLimiter(int max) {
        this.max = max;
        this.permits = new Semaphore(max);
    }

    /** A permit to release when the call ends, or empty when the server is at its limit. */
    public Optional<AutoCloseable> tryEnter() {
        if (!permits.tryAcquire()) {
            return Optional.empty();
        }
        return Optional.of(permits::release);
    }

    public String busyMessage() {
        return "error: the server is busy: " + max + " kubectl calls are already running (K8S_MCP_MAX_CONCURRENT_CALLS="
                + max + "); retry in a moment";
    }

    public int inFlight() {
        return max - permits.availablePermits();
    }
}
