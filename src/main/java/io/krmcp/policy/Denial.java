package io.krmcp.policy;

/**
 * Why a command was refused.
 *
 * @param layer the layer that refused ({@code subcommand-allowlist})
 * @param code a stable machine-readable reason ({@code verb-not-allowed})
 * @param message for the agent: what was wrong and what is allowed
 */
public record Denial(String layer, String code, String message) {

    public static Denial of(String layer, String code, String message) {
        return new Denial(layer, code, message);
    }

    /** The text the tool result carries: {@code denied: <message>}. */
    public String text() {
        return "denied: " + message;
    }
}
