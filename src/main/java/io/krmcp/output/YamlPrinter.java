package io.krmcp.output;

import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code -o yaml} as kubectl writes it (JSON → go-yaml v2): keys sorted, two-space indent, list items at their key's
 * indent, strings quoted only when they would read back as another type or are not plain-safe, multi-line strings as
 * literal blocks. Written by hand because no Java YAML library reproduces go-yaml's quoting choices.
 */
public final class YamlPrinter {

    private static final Set<String> NON_STRING_WORDS = Set.of("y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No",
            "NO", "true", "True", "TRUE", "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF", "~",
            "null", "Null", "NULL", ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF",
            ".nan", ".NaN", ".NAN", "<<");
    private static final Pattern NUMBER = Pattern.compile(
            "[-+]?(0b[01_]+|0x[0-9a-fA-F_]+|0o?[0-7_]+|[0-9][0-9_]*|([0-9][0-9_]*)?\\.[0-9_]*([eE][-+]?[0-9]+)?"
                    + "|[0-9][0-9_]*[eE][-+]?[0-9]+|[0-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?)");
    private static final Pattern TIMESTAMP = Pattern.compile(
            "\\d{4}-\\d\\d?-\\d\\d?(([Tt]|[ \\t]+)\\d\\d?:\\d\\d:\\d\\d(\\.\\d*)?([ \\t]*(Z|[-+]\\d\\d?(:\\d\\d)?))?)?");

    /** The object without its managedFields, as kubectl prints it by default. */
    public String print(JsonNode node) {
        return print(node, false);
    }

    public String print(JsonNode node, boolean showManagedFields) {
        StringBuilder out = new StringBuilder();
        JsonNode sorted = JsonPrinter.sorted(node);
        if (!showManagedFields) {
            ManagedFields.omitInPlace(sorted);
        }
        if (sorted.isObject() && !sorted.isEmpty()) {
            writeMap(sorted, 0, out);
        } else if (sorted.isArray() && !sorted.isEmpty()) {
            writeList(sorted, 0, out);
        } else {
            out.append(scalar(sorted, 0)).append('\n');
        }
        return out.toString();
    }

    private void writeMap(JsonNode map, int indent, StringBuilder out) {
        boolean firstLine = true;
        for (var it = map.fields(); it.hasNext(); ) {
            var e = it.next();
            if (!firstLine) {
                out.append(" ".repeat(indent));
            }
            firstLine = false;
            out.append(string(e.getKey(), indent)).append(':');
            writeValue(e.getValue(), indent, true, out);
        }
    }

    private void writeList(JsonNode list, int indent, StringBuilder out) {
        boolean firstLine = true;
        for (JsonNode item : list) {
            if (!firstLine) {
                out.append(" ".repeat(indent));
            }
            firstLine = false;
            out.append('-');
            writeValue(item, indent, false, out);
        }
    }

    /** Writes what follows {@code key:} or {@code -}: the rest of this line and any nested lines. */
    private void writeValue(JsonNode value, int indent, boolean inMap, StringBuilder out) {
        if (value.isObject() && !value.isEmpty()) {
            if (inMap) {
                out.append('\n').append(" ".repeat(indent + 2));
            } else {
                out.append(' ');
            }
            writeMap(value, indent + 2, out);
        } else if (value.isArray() && !value.isEmpty()) {
            if (inMap) {
                out.append('\n').append(" ".repeat(indent));
                writeList(value, indent, out);
            } else {
                out.append(' ');
                writeList(value, indent + 2, out);
            }
        } else {
            out.append(' ').append(scalar(value, indent + 2)).append('\n');
        }
    }

    private String scalar(JsonNode value, int blockIndent) {
        if (value.isObject()) {
            return "{}";
        }
        if (value.isArray()) {
            return "[]";
        }
        if (value.isNull() || value.isMissingNode()) {
            return "null";
        }
        if (value.isTextual()) {
            return string(value.asText(), blockIndent);
        }
        return value.asText();
    }

    static String string(String s, int blockIndent) {
        if (s.isEmpty()) {
            return "\"\"";
        }
        if (s.indexOf('\n') >= 0 && printable(s)) {
            return literal(s, blockIndent);
        }
        if (resolvesToOtherType(s)) {
            return doubleQuoted(s);
        }
        if (plainSafe(s)) {
            return s;
        }
        return printable(s) ? "'" + s.replace("'", "''") + "'" : doubleQuoted(s);
    }

    private static String literal(String s, int indent) {
        String chomp = s.endsWith("\n") ? (s.endsWith("\n\n") ? "+" : "") : "-";
        String body = s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
        String pad = " ".repeat(Math.max(indent, 2));
        StringBuilder sb = new StringBuilder("|");
        if (body.startsWith(" ")) {
            sb.append('2');
        }
        sb.append(chomp);
        for (String line : body.split("\n", -1)) {
            sb.append('\n');
            if (!line.isEmpty()) {
                sb.append(pad).append(line);
            }
        }
        return sb.toString();
    }

    static boolean resolvesToOtherType(String s) {
        return NON_STRING_WORDS.contains(s) || NUMBER.matcher(s).matches() || TIMESTAMP.matcher(s).matches();
    }

    private static boolean plainSafe(String s) {
        char first = s.charAt(0);
        char last = s.charAt(s.length() - 1);
        if (first == ' ' || last == ' ' || last == ':') {
            return false;
        }
        if ("[]{},#&*!|>'\"%@`".indexOf(first) >= 0) {
            return false;
        }
        if ((first == '-' || first == '?' || first == ':') && (s.length() == 1 || s.charAt(1) == ' ')) {
            return false;
        }
        if (s.contains(": ") || s.contains(" #") || s.contains("\t")) {
            return false;
        }
        return printable(s);
    }

    private static boolean printable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f || c == '\uFEFF') {
                return false;
            }
        }
        return true;
    }

    private static String doubleQuoted(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        sb.append(String.format("\\x%02X", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

}
