package io.krmcp.kube;

import java.time.Duration;

/** The call's deadline passed; the message is the one the result reports. */
public final class CallTimeoutException extends Exception {

    public CallTimeoutException(Duration total) {
        super("timed out after " + total.toSeconds() + " seconds", null, false, false);
    }
}
