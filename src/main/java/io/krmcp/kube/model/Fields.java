package io.krmcp.kube.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

/** Reading an object's fields the way kubectl's printers format them. */
public final class Fields {

    private Fields() {
    }

    public static JsonNode at(JsonNode node, String... path) {
        JsonNode current = node;
        for (String p : path) {
            current = current.path(p);
        }
        return current;
    }

    public static String text(JsonNode node, String... path) {
        JsonNode v = at(node, path);
        return v.isMissingNode() || v.isNull() ? "" : v.asText();
    }

    public static long number(JsonNode node, String... path) {
        return at(node, path).asLong(0);
    }

    public static String orNone(String value) {
        return value == null || value.isEmpty() ? "<none>" : value;
    }

    /** {@code labels.FormatLabels}: sorted {@code k=v} pairs, {@code <none>} when empty. */
    public static String labels(JsonNode map) {
        if (map == null || !map.isObject() || map.isEmpty()) {
            return "<none>";
        }
        // labels.Set.String(): the "key=value" strings sorted, so "app=x" sorts after "app.kubernetes.io/name=y"
        List<String> parts = new ArrayList<>();
        map.fields().forEachRemaining(e -> parts.add(e.getKey() + "=" + e.getValue().asText()));
        Collections.sort(parts);
        return String.join(",", parts);
    }

    /** {@code metav1.FormatLabelSelector}: requirements sorted by key, {@code <none>} when empty. */
    public static String selector(JsonNode selector) {
        if (selector == null || !selector.isObject()) {
            return "<none>";
        }
        TreeMap<String, List<String>> byKey = new TreeMap<>();
        selector.path("matchLabels").fields().forEachRemaining(e ->
                byKey.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getKey() + "=" + e.getValue().asText()));
        for (JsonNode expr : selector.path("matchExpressions")) {
            String key = expr.path("key").asText();
            List<String> values = new ArrayList<>();
            expr.path("values").forEach(v -> values.add(v.asText()));
            values.sort(null);
            String requirement = switch (expr.path("operator").asText()) {
                case "In" -> key + " in (" + String.join(",", values) + ")";
                case "NotIn" -> key + " notin (" + String.join(",", values) + ")";
                case "Exists" -> key;
                case "DoesNotExist" -> "!" + key;
                default -> key + " " + expr.path("operator").asText();
            };
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(requirement);
        }
        List<String> parts = new ArrayList<>();
        byKey.values().forEach(parts::addAll);
        return parts.isEmpty() ? "<none>" : String.join(",", parts);
    }

    /** Names or images of a pod template's containers, comma-joined, as the wide columns show them. */
    public static String containerField(JsonNode podSpec, String field) {
        List<String> values = new ArrayList<>();
        for (JsonNode c : podSpec.path("containers")) {
            values.add(c.path(field).asText());
        }
        return String.join(",", values);
    }

    public static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (Iterator<JsonNode> it = array.elements(); it.hasNext(); ) {
            out.add(it.next().asText());
        }
        return out;
    }

    public static boolean isSet(JsonNode node, String... path) {
        JsonNode v = at(node, path);
        return !v.isMissingNode() && !v.isNull();
    }
}
