package io.krmcp.kube;

/**
 * Cleans an API server's error message before anyone reads it. Servers quote whole objects in some errors (a patch
 * that breaks decoding answers {@code Invalid value: "{\"apiVersion\":...,\"data\":{...}}"}), which can hold a
 * Secret's values and can be far larger than any output cap. Embedded objects and long hex dumps are replaced by a
 * note of their size; in answers about Secrets every quoted {@code Invalid value} is dropped too. The rest of the
 * message, which is what kubectl prints, stays word for word.
 */
public final class ErrorScrubber {

    /** An embedded object shorter than this is a harmless fragment ({@code {}}, {@code {.spec}}). */
    private static final int MIN_OBJECT = 24;
    private static final String INVALID_VALUE = "Invalid value: \"";

    private ErrorScrubber() {
    }

    public static String scrub(String message, ApiPath path) {
        if (message == null) {
            return null;
        }
        String out = dropObjects(message);
        out = out.replaceAll("[0-9a-fA-F]{64,}", "<hex omitted>");
        if (path.isSecrets()) {
            out = dropInvalidValues(out);
        }
        return out;
    }

    /** Replaces every balanced {@code {...}} or {@code [...]} region of some size, quoted or not. */
    private static String dropObjects(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), 4096));
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '{' || c == '[') {
                int end = balancedEnd(text, i);
                if (end > 0 && end - i + 1 >= MIN_OBJECT) {
                    out.append(c == '{' ? "{" : "[").append("...omitted ").append(end - i + 1).append(" bytes...")
                            .append(c == '{' ? '}' : ']');
                    i = end + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    /** The index of the bracket closing the one at {@code start}, or -1; an unclosed region runs to the end. */
    private static int balancedEnd(String text, int start) {
        int depth = 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        // a truncated object (servers cut long values): everything after it is part of it
        return text.length() - start >= MIN_OBJECT ? text.length() - 1 : -1;
    }

    private static String dropInvalidValues(String text) {
        StringBuilder out = new StringBuilder();
        int from = 0;
        int at;
        while ((at = text.indexOf(INVALID_VALUE, from)) >= 0) {
            int valueStart = at + INVALID_VALUE.length();
            int end = valueStart;
            while (end < text.length() && text.charAt(end) != '"') {
                end += text.charAt(end) == '\\' ? 2 : 1;
            }
            out.append(text, from, valueStart).append("[redacted]");
            from = Math.min(end, text.length());
        }
        return out.append(text.substring(from)).toString();
    }
}
