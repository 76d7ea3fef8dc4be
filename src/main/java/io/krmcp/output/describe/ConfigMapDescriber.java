package io.krmcp.output.describe;

import static io.krmcp.output.describe.PrefixWriter.LEVEL_0;

import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

import io.krmcp.kube.model.Fields;

/** kubectl's ConfigMap describer: each key, a {@code ----} rule and its value; binary keys by size. */
public final class ConfigMapDescriber implements Describer {

    @Override
    public String describe(JsonNode cm, Related related, Instant now) {
        PrefixWriter w = new PrefixWriter();
        DescribeSections.header(w, cm);
        w.write(LEVEL_0, "\nData\n====\n");
        Map<String, String> data = new TreeMap<>();
        cm.path("data").fields().forEachRemaining(e -> data.put(e.getKey(), e.getValue().asText()));
        data.forEach((k, v) -> {
            w.write(LEVEL_0, k + ":\n----\n");
            w.write(LEVEL_0, v + "\n");
            w.write(LEVEL_0, "\n");
        });
        w.write(LEVEL_0, "\nBinaryData\n====\n");
        Map<String, Integer> binary = new TreeMap<>();
        cm.path("binaryData").fields().forEachRemaining(e -> {
            int size;
            try {
                size = Base64.getDecoder().decode(e.getValue().asText()).length;
            } catch (IllegalArgumentException ex) {
                size = e.getValue().asText().length();
            }
            binary.put(e.getKey(), size);
        });
        binary.forEach((k, size) -> w.write(LEVEL_0, k + ": " + size + " bytes\n"));
        w.write(LEVEL_0, "\n");
        DescribeSections.events(w, related, now);
        return w.toString();
    }
}
