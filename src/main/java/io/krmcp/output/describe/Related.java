package io.krmcp.output.describe;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the describe verb fetched for one object: the events about it (null when events are not shown) and, per
 * {@link RelatedQuery} key, the items found or the error kubectl would print in their place.
 */
public record Related(List<JsonNode> events, Map<String, List<JsonNode>> items, Map<String, String> errors) {

    public static Related eventsOnly(List<JsonNode> events) {
        return new Related(events, Map.of(), Map.of());
    }

    public List<JsonNode> items(String key) {
        return items.getOrDefault(key, List.of());
    }

    public Optional<JsonNode> first(String key) {
        return items(key).stream().findFirst();
    }

    public Optional<String> error(String key) {
        return Optional.ofNullable(errors.get(key));
    }
}
