package io.krmcp.audit;

import java.util.Optional;

import io.krmcp.policy.Denial;

/**
 * The end of one kubectl tool call, in the seed's terms: what kubectl would have printed and returned, plus why it
 * failed when it did.
 *
 * @param command the command as the audit log records it
 * @param error short reason when not successful (the denial, the timeout, the API error)
 * @param denial present when the policy refused
 */
public record CommandOutcome(String command, String stdout, String stderr, int returnCode, Optional<String> error,
                             Optional<Denial> denial) {

    public boolean success() {
        return returnCode == 0;
    }

    public static CommandOutcome denied(String command, Denial denial) {
        return new CommandOutcome(command, "", denial.text() + "\n", 1, Optional.of(denial.text()),
                Optional.of(denial));
    }

    public static CommandOutcome failed(String command, String message) {
        return new CommandOutcome(command, "", message + "\n", 1, Optional.of(message), Optional.empty());
    }
}
