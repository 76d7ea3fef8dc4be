package io.krmcp.output.describe;

import static io.krmcp.output.describe.PrefixWriter.LEVEL_0;

import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.krmcp.output.table.Fields;

/**
 * kubectl's Secret describer: keys and sizes, never values. Unlike kubectl, a service-account token is shown by
 * size too, and the {@code last-applied-configuration} annotation (a copy of the values) is redacted when
 * redaction is on.
 */
public final class SecretDescriber implements Describer {

    static final String LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";
    private final boolean redact;

    public SecretDescriber(boolean redact) {
        this.redact = redact;
    }

    @Override
    public String describe(JsonNode secret, List<JsonNode> events, Instant now) {
        PrefixWriter w = new PrefixWriter();
        w.write(LEVEL_0, "Name:\t" + Fields.text(secret, "metadata", "name") + "\n");
        w.write(LEVEL_0, "Namespace:\t" + Fields.text(secret, "metadata", "namespace") + "\n");
        DescribeSections.labels(w, "Labels", secret.path("metadata").path("labels"));
        JsonNode annotations = secret.path("metadata").path("annotations");
        if (redact && annotations.has(LAST_APPLIED)) {
            annotations = annotations.deepCopy();
            ((ObjectNode) annotations).put(LAST_APPLIED, "[redacted: may contain secret values]");
        }
        DescribeSections.annotations(w, "Annotations", annotations);
        w.write(LEVEL_0, "\nType:\t" + Fields.text(secret, "type") + "\n");
        w.write(LEVEL_0, "\nData\n====\n");
        Map<String, Integer> sizes = new TreeMap<>();
        secret.path("data").fields().forEachRemaining(e -> sizes.put(e.getKey(), decodedSize(e.getValue().asText())));
        sizes.forEach((k, size) -> w.write(LEVEL_0, k + ":\t" + size + " bytes\n"));
        return w.toString();
    }

    private static int decodedSize(String base64) {
        try {
            return Base64.getDecoder().decode(base64).length;
        } catch (IllegalArgumentException e) {
            return base64.length();
        }
    }
}
