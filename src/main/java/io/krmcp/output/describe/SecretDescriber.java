package io.krmcp.output.describe;

import static io.krmcp.output.describe.PrefixWriter.LEVEL_0;

import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

import io.krmcp.kube.SecretRedactor;
import io.krmcp.kube.model.Fields;
import io.krmcp.kube.model.KubeObject;

/**
 * kubectl's Secret describer: keys and sizes, never values. Unlike kubectl, a service-account token is shown by
 * size too. The {@code last-applied-configuration} annotation (a copy of the values) is skipped, as for every kind.
 */
public final class SecretDescriber implements Describer {

    @Override
    public String describe(JsonNode secret, Related related, Instant now) {
        PrefixWriter w = new PrefixWriter();
        w.write(LEVEL_0, "Name:\t" + KubeObject.name(secret) + "\n");
        w.write(LEVEL_0, "Namespace:\t" + KubeObject.namespace(secret) + "\n");
        DescribeSections.labels(w, "Labels", secret.path("metadata").path("labels"));
        DescribeSections.annotations(w, "Annotations", secret.path("metadata").path("annotations"));
        w.write(LEVEL_0, "\nType:\t" + Fields.text(secret, "type") + "\n");
        w.write(LEVEL_0, "\nData\n====\n");
        Map<String, Integer> sizes = new TreeMap<>();
        secret.path("data").fields().forEachRemaining(e -> sizes.put(e.getKey(), decodedSize(e.getValue().asText())));
        sizes.forEach((k, size) -> w.write(LEVEL_0, k + ":\t" + size + " bytes\n"));
        return w.toString();
    }

    /** Values arrive redacted ({@code [redacted: N bytes]}) unless redaction is off; both say their size. */
    private static int decodedSize(String base64) {
        OptionalInt redacted = SecretRedactor.redactedSize(base64);
        if (redacted.isPresent()) {
            return redacted.getAsInt();
        }
        try {
            return Base64.getDecoder().decode(base64).length;
        } catch (IllegalArgumentException e) {
            return base64.length();
        }
    }
}
