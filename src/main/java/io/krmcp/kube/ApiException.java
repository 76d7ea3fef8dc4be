package io.krmcp.kube;

import java.net.ConnectException;

/**
 * The API server refused a request, or could not be reached. {@link #getMessage()} is what kubectl prints for the
 * same failure, e.g. {@code Error from server (NotFound): pods "web" not found}.
 */
public final class ApiException extends Exception {

    private final int status;
    private final String reason;

    public ApiException(int status, String reason, String message) {
        super(message, null, false, false);
        this.status = status;
        this.reason = reason;
    }

    /** A failure kubectl reports as {@code Error from server (Reason): message}. */
    public static ApiException fromServer(int status, String reason, String serverMessage) {
        String r = reason == null || reason.isEmpty() ? reasonFor(status) : reason;
        if (status == 401) {
            return new ApiException(status, r, "error: You must be logged in to the server (Unauthorized)");
        }
        return new ApiException(status, r, "Error from server (" + r + "): " + serverMessage);
    }

    /** A transport failure, worded as kubectl words it. */
    public static ApiException unreachable(String hostPort, Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof ConnectException) {
            return new ApiException(0, "ConnectionRefused", "The connection to the server " + hostPort
                    + " was refused - did you specify the right host or port?");
        }
        String detail = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return new ApiException(0, "Unreachable", "Unable to connect to the server: " + detail);
    }

    /** The cluster client can no longer send (its I/O thread ended): only a restart helps. */
    static ApiException clientBroken() {
        return new ApiException(0, "ClientBroken", "error: this server's connection to the API server is broken (it "
                + "cannot send requests any more, most likely since the server ran out of memory); the server must be "
                + "restarted");
    }

    public int status() {
        return status;
    }

    public String reason() {
        return reason;
    }

    /** The message without kubectl's {@code Error from server (Reason): } prefix, as Go's {@code err.Error()}. */
    public String detail() {
        String prefix = "Error from server (" + reason + "): ";
        return getMessage().startsWith(prefix) ? getMessage().substring(prefix.length()) : getMessage();
    }

    public boolean isNotFound() {
        return status == 404;
    }

    static String reasonFor(int status) {
        return switch (status) {
            case 400 -> "BadRequest";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "NotFound";
            case 405 -> "MethodNotAllowed";
            case 409 -> "Conflict";
            case 410 -> "Expired";
            case 422 -> "Invalid";
            case 429 -> "TooManyRequests";
            case 500 -> "InternalError";
            case 503 -> "ServiceUnavailable";
            case 504 -> "Timeout";
            default -> "Unknown";
        };
    }
}
