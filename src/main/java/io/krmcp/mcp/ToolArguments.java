package io.krmcp.mcp;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A tool call's arguments split in two: the tool's own parameters, and the client's markers, whose names start with
 * {@code __}. HolmesGPT re-sends a call a human approved with {@code "__robusta_user_approved": true}; such markers
 * are the client's business, so they are recorded in the audit line and otherwise ignored. Any other name the tool
 * does not take is refused, naming it and the tool's parameters. The input schemas therefore do not forbid
 * additional properties: the SDK would reject the approved call before it reached us.
 */
public record ToolArguments(Map<String, Object> values, Map<String, Object> clientMarkers) {

    static final String CLIENT_PREFIX = "__";
    /** A marker's value is recorded only when it is short; a long one is recorded by its length. */
    private static final int MAX_RECORDED = 64;

    public ToolArguments {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        clientMarkers = Collections.unmodifiableMap(new LinkedHashMap<>(clientMarkers));
    }

    public static ToolArguments split(Map<String, Object> arguments) {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Object> markers = new LinkedHashMap<>();
        if (arguments != null) {
            arguments.forEach((name, value) -> {
                if (name.startsWith(CLIENT_PREFIX)) {
                    markers.put(name, recordable(value));
                } else {
                    values.put(name, value);
                }
            });
        }
        return new ToolArguments(values, markers);
    }

    /** The refusal of an argument the tool does not take, or empty. */
    public Optional<String> unknown(String tool, Collection<String> parameters) {
        for (String name : values.keySet()) {
            if (!parameters.contains(name)) {
                return Optional.of("error: unknown argument \"" + name + "\" for " + tool + "; it takes "
                        + (parameters.isEmpty() ? "no arguments" : String.join(", ", new TreeSet<>(parameters)))
                        + " (arguments starting with " + CLIENT_PREFIX + " are client markers and are ignored)");
            }
        }
        return Optional.empty();
    }

    private static Object recordable(Object value) {
        if (value == null || value instanceof Boolean || value instanceof Number) {
            return value;
        }
        String text = String.valueOf(value);
        return value instanceof String && text.length() <= MAX_RECORDED ? text
                : "<" + value.getClass().getSimpleName() + ", " + text.length() + " characters>";
    }
}
