package io.krmcp.policy;

import java.util.Optional;

/** The policy's answer: allow, or deny with a {@link Denial}. */
public record Decision(Optional<Denial> denial) {

    private static final Decision ALLOW = new Decision(Optional.empty());

    public static Decision allow() {
        return ALLOW;
    }

    public static Decision deny(Denial denial) {
        return new Decision(Optional.of(denial));
    }

    public boolean allowed() {
        return denial.isEmpty();
    }
}
