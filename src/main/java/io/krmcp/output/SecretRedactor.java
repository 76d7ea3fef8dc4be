package io.krmcp.output;

import java.util.Base64;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Replaces Secret values before anything is printed: {@code data} and {@code stringData} values become
 * {@code [redacted: N bytes]} (the key and the decoded size stay visible, which is what diagnosis needs) and the
 * {@code last-applied-configuration} annotation, which holds a copy of the values, is redacted whole. Works on any
 * tree, so a List mixing kinds is covered too.
 */
public final class SecretRedactor {

    static final String LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";

    private SecretRedactor() {
    }

    /** Redacts in place every Secret found in the tree (the tree itself or a List's items). */
    public static JsonNode redact(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isObject() && "Secret".equals(node.path("kind").asText())) {
            redactSecret((ObjectNode) node);
        }
        if (node.isObject() || node.isArray()) {
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                redact(it.next());
            }
        }
        return node;
    }

    private static void redactSecret(ObjectNode secret) {
        for (String field : new String[] {"data", "stringData"}) {
            JsonNode values = secret.get(field);
            if (values instanceof ObjectNode map) {
                boolean base64 = field.equals("data");
                for (Iterator<Map.Entry<String, JsonNode>> it = map.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    e.setValue(map.textNode(placeholder(e.getValue().asText(), base64)));
                }
            }
        }
        JsonNode annotations = secret.path("metadata").path("annotations");
        if (annotations instanceof ObjectNode map && map.has(LAST_APPLIED)) {
            map.put(LAST_APPLIED, "[redacted: may contain secret values]");
        }
    }

    static String placeholder(String value, boolean base64) {
        int size;
        if (base64) {
            try {
                size = Base64.getDecoder().decode(value).length;
            } catch (IllegalArgumentException e) {
                size = value.length();
            }
        } else {
            size = value.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        }
        return "[redacted: " + size + " bytes]";
    }
}
