package io.krmcp.output.describe;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** Test objects written as YAML, read as the API server's JSON would be. */
final class Objects {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private Objects() {
    }

    static JsonNode yaml(String text) {
        try {
            return YAML.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
