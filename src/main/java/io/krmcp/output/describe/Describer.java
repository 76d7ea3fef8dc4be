package io.krmcp.output.describe;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** Writes one object the way {@code kubectl describe} does for its kind. */
public interface Describer {

    /** Other objects the layout shows; the verb fetches them and hands them to {@link #describe}. */
    default List<RelatedQuery> related(JsonNode object) {
        return List.of();
    }

    /**
     * @param object  the object, Secret values already redacted where the describer would show them
     * @param related the events about it (oldest first; null when not shown) and what {@link #related} asked for
     */
    String describe(JsonNode object, Related related, Instant now);
}
