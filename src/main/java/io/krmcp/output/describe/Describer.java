package io.krmcp.output.describe;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** Writes one object the way {@code kubectl describe} does for its kind. */
public interface Describer {

    /**
     * @param object the object, Secret values already redacted where the describer would show them
     * @param events the events about it, oldest first; null when events are not shown
     */
    String describe(JsonNode object, List<JsonNode> events, Instant now);
}
