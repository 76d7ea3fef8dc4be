package io.krmcp.kube;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The end of one tool call's time budget ({@code KUBECTL_TIMEOUT}). Every API request and every wait takes its
 * remaining time from here, so no call can outlive it however many requests it makes. Since every request of the
 * call carries it, it also counts what the API client's guard withheld from the call's answers, so the agent is
 * told once, whichever request it was.
 */
public final class Deadline {

    private final long endNanos;
    private final Duration total;
    private final AtomicInteger withheld = new AtomicInteger();

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

    /**
     * Waits between two polls: {@code interval}, or what is left of the call if that is shorter. Every wait of a call
     * goes through here, so none can outlive it; an interruption (the call is being cancelled) ends the call as a
     * timeout.
     */
    public void pause(Duration interval) throws CallTimeoutException {
        // rounded up, so a pause that runs to the deadline does not wake a fraction of a millisecond before it
        long left = (remaining().toNanos() + 999_999) / 1_000_000;
        long millis = Math.min(interval.toMillis(), Math.max(0, left));
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CallTimeoutException(total);
        }
    }

    /** Adds items a guard removed from an answer of this call. */
    public void withheld(int items) {
        if (items > 0) {
            withheld.addAndGet(items);
        }
    }

    /** How many items guards removed from this call's answers. */
    public int withheld() {
        return withheld.get();
    }
}
