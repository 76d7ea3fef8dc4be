package io.krmcp.output;

/** {@code -o} names a format the verb cannot print, or a template that does not parse; the message is kubectl's. */
public final class NoCompatiblePrinterException extends Exception {

    public NoCompatiblePrinterException(String message) {
        super(message, null, false, false);
    }
}
