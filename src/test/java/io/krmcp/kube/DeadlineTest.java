package io.krmcp.kube;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class DeadlineTest {

    @Test
    void aPauseNeverOutlivesTheCall() throws Exception {
        Deadline deadline = Deadline.in(Duration.ofMillis(100));
        long start = System.nanoTime();
        deadline.pause(Duration.ofSeconds(5));
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(2).toNanos());
        assertTrue(deadline.expired());
    }

    @Test
    void anInterruptedPauseEndsTheCallAsATimeout() {
        Thread.currentThread().interrupt();
        assertThrows(CallTimeoutException.class, () -> Deadline.in(Duration.ofSeconds(5)).pause(Duration.ofSeconds(1)));
        assertTrue(Thread.interrupted(), "the interruption is kept for the caller");
    }
}
