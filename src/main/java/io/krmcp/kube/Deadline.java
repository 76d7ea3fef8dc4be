package io.krmcp.kube;

import java.time.Duration;

/**
 * The end of one tool call's time budget ({@code KUBECTL_TIMEOUT}). Every API request and every wait takes its
 * remaining time from here, so no call can outlive it however many requests it makes.
 */
public final class Deadline {

    private final long endNanos;
    private final Duration total;

    private Deadline(Duration total) {
        this.total = total;
        this.endNanos = System.nanoTime() + total.toNanos();
    }

    public static Deadline in(Duration total) {
        return new Deadline(total);
    }

    public Duration remaining() {
        long left = endNanos - System.nanoTime();
        return left <= 0 ? Duration.ZERO : Duration.ofNanos(left);
    }

    public boolean expired() {
        return endNanos - System.nanoTime() <= 0;
    }

    public Duration total() {
        return total;
    }
}
