package io.krmcp.kube;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Removes Secret values from what the API server answered, at the moment it is decoded, so nothing downstream
 * (sorting, JSONPath filters, templates, client-side patches, printers, error texts) ever holds one. {@code data} and
 * {@code stringData} values become {@code [redacted: N bytes]} (the key and the decoded size stay visible, which is
 * what diagnosis needs and what {@code kubectl describe secret} shows) and the {@code last-applied-configuration}
 * annotation, which holds a copy of the values, is redacted whole.
 *
 * <p>An answer to a request for {@code secrets} is redacted by where it came from, whatever it looks like: a patch
 * that removed {@code kind}, a Table row's {@code PartialObjectMetadata} or a {@code List} are all still Secrets.
 * Every other answer is redacted wherever it holds an object of kind {@code Secret}.
 */
public final class SecretRedactor {

    static final String LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";
    static final String LAST_APPLIED_PLACEHOLDER = "[redacted: may contain secret values]";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\[redacted: (\\d+) bytes]");

    private SecretRedactor() {
    }

    /** Redacts in place the answer to a request for {@code path}; returns the same node. */
    public static JsonNode redactAnswer(ApiPath path, JsonNode answer) {
        if (path.isSecrets()) {
            redactEverywhere(answer);
            return answer;
        }
        return redact(answer);
    }

    /** Redacts in place every object of kind Secret in the tree (the tree itself or a List's items). */
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

    /** Every object in an answer about Secrets is treated as one, whatever its kind says. */
    private static void redactEverywhere(JsonNode node) {
        if (node == null) {
            return;
        }
        if (node instanceof ObjectNode object) {
            redactSecret(object);
        }
        if (node.isObject() || node.isArray()) {
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                redactEverywhere(it.next());
            }
        }
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
            } else if (values != null && !values.isNull()) {
                // not a map (a patch or a broken object): nothing of it may be shown
                secret.put(field, "[redacted]");
            }
        }
        JsonNode annotations = secret.path("metadata").path("annotations");
        if (annotations instanceof ObjectNode map && map.has(LAST_APPLIED)) {
            map.put(LAST_APPLIED, LAST_APPLIED_PLACEHOLDER);
        }
    }

    static String placeholder(String value, boolean base64) {
        if (PLACEHOLDER.matcher(value).matches()) {
            return value;
        }
        int size;
        if (base64) {
            try {
                size = Base64.getDecoder().decode(value).length;
            } catch (IllegalArgumentException e) {
                size = value.length();
            }
        } else {
            size = value.getBytes(StandardCharsets.UTF_8).length;
        }
        return "[redacted: " + size + " bytes]";
    }

    /** The size a redacted value stood for ({@code describe secret} prints it), if the text is a placeholder. */
    public static OptionalInt redactedSize(String text) {
        Matcher m = PLACEHOLDER.matcher(text);
        return m.matches() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }
}
