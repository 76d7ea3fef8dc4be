package io.krmcp.verbs;

import java.time.Duration;

import io.krmcp.kube.ApiException;
import io.krmcp.kube.CallTimeoutException;
import io.krmcp.kube.Deadline;

/**
 * Every wait a verb does (rollout status, delete's wait, evictions, run): look, pause, look again, never past the
 * call's deadline less what the answer still needs, nor past a verb's own {@code --timeout}. The last look happens
 * when the time is up, so what finished just in time is not reported as pending.
 */
public final class Wait {

    /** How a wait ended. */
    public enum Outcome {
        DONE,
        /** the verb's own limit ({@code --timeout}) came first */
        LIMIT_REACHED,
        /** the call's deadline ({@code KUBECTL_TIMEOUT}) came first */
        DEADLINE_REACHED
    }

    /** One look: true when what is waited for has happened. */
    @FunctionalInterface
    public interface Check {
        boolean done() throws ApiException, VerbException, CallTimeoutException;
    }

    private final Duration interval;
    private final Deadline deadline;
    private final Duration margin;
    private final Duration limit;

    private Wait(Duration interval, Deadline deadline, Duration margin, Duration limit) {
        this.interval = interval;
        this.deadline = deadline;
        this.margin = margin;
        this.limit = limit;
    }

    public static Wait every(Duration interval, Deadline deadline) {
        return new Wait(interval, deadline, Duration.ZERO, Duration.ZERO);
    }

    /** Time kept back from the deadline so the answer (a report, a cleanup) still arrives in time. */
    public Wait keeping(Duration reserve) {
        return new Wait(interval, deadline, reserve, limit);
    }

    /** The verb's own limit, counted from the first look; zero for none. */
    public Wait atMost(Duration verbLimit) {
        return new Wait(interval, deadline, margin, verbLimit);
    }

    public Outcome until(Check check) throws ApiException, VerbException, CallTimeoutException {
        long start = System.nanoTime();
        while (true) {
            if (check.done()) {
                return Outcome.DONE;
            }
            Duration left = deadline.remaining().minus(margin);
            boolean byLimit = false;
            if (!limit.isZero()) {
                Duration limitLeft = limit.minus(Duration.ofNanos(System.nanoTime() - start));
                if (limitLeft.compareTo(left) <= 0) {
                    left = limitLeft;
                    byLimit = true;
                }
            }
            if (left.isNegative() || left.isZero()) {
                return byLimit ? Outcome.LIMIT_REACHED : Outcome.DEADLINE_REACHED;
            }
            deadline.pause(interval.compareTo(left) < 0 ? interval : left);
        }
    }

    /** The one wording for a wait the call's deadline ended. */
    public static String timedOut(Deadline deadline) {
        return "timed out after " + deadline.total().toSeconds() + " seconds (KUBECTL_TIMEOUT)";
    }
}
