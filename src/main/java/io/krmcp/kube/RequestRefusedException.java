package io.krmcp.kube;

/**
 * A request the API client will not send. Unchecked on purpose: it ends the whole command, not just the object at
 * hand, so no verb can catch it as a per-object error and print a half-answer; the request flow reports it as a
 * denial of the {@code request-guard} layer.
 *
 * @see RequestGuard
 */
public final class RequestRefusedException extends RuntimeException {

    private final String code;

    public RequestRefusedException(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    /** A stable machine-readable reason, as a policy denial's code. */
    public String code() {
        return code;
    }
}
