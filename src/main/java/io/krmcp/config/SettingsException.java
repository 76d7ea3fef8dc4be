package io.krmcp.config;

/** A setting has a value the server will not run with; the message names the variable and what is allowed. */
public final class SettingsException extends Exception {

    public SettingsException(String message) {
        super(message, null, false, false);
    }
}
