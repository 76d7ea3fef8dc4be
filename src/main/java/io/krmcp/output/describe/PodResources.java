package io.krmcp.output.describe;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.krmcp.output.Quantity;

/**
 * {@code resourcehelper.PodRequests} and {@code PodLimits}: the sum of the containers, raised to the largest init
 * container (sidecars, {@code restartPolicy: Always}, count as running alongside), plus the pod overhead.
 */
final class PodResources {

    private PodResources() {
    }

    static Map<String, Quantity> requests(JsonNode pod) {
        return of(pod, "requests");
    }

    static Map<String, Quantity> limits(JsonNode pod) {
        return of(pod, "limits");
    }

    private static Map<String, Quantity> of(JsonNode pod, String kind) {
        JsonNode spec = pod.path("spec");
        Map<String, Quantity> total = new LinkedHashMap<>();
        for (JsonNode c : spec.path("containers")) {
            add(total, c.path("resources").path(kind));
        }
        Map<String, Quantity> sidecars = new LinkedHashMap<>();
        Map<String, Quantity> initPeak = new LinkedHashMap<>();
        for (JsonNode c : spec.path("initContainers")) {
            Map<String, Quantity> step = new LinkedHashMap<>();
            if ("Always".equals(c.path("restartPolicy").asText())) {
                add(total, c.path("resources").path(kind));
                add(sidecars, c.path("resources").path(kind));
                step.putAll(sidecars);
            } else {
                add(step, c.path("resources").path(kind));
                sidecars.forEach((k, v) -> step.merge(k, v, Quantity::plus));
            }
            step.forEach((k, v) -> initPeak.merge(k, v, Quantity::max));
        }
        initPeak.forEach((k, v) -> total.merge(k, v, Quantity::max));
        add(total, spec.path("overhead"));
        return total;
    }

    private static void add(Map<String, Quantity> into, JsonNode resources) {
        resources.fields().forEachRemaining(e ->
                into.merge(e.getKey(), Quantity.parseOrZero(e.getValue().asText()), Quantity::plus));
    }

    /** Adds one pod's figures to running totals, as {@code getPodsTotalRequestsAndLimits} does. */
    static void accumulate(Map<String, Quantity> totals, Map<String, Quantity> pod) {
        pod.forEach((k, v) -> totals.merge(k, v, Quantity::plus));
    }
}
