package io.krmcp.verbs.top;

import com.fasterxml.jackson.databind.JsonNode;

import io.krmcp.output.Quantity;

/** CPU and memory used, summed as Go's Quantity adds, printed as {@code kubectl top} prints them. */
record Usage(Quantity cpu, Quantity memory) {

    static final Usage NONE = new Usage(Quantity.ZERO, Quantity.ZERO);

    static Usage of(JsonNode usage) {
        return new Usage(Quantity.parseOrZero(usage.path("cpu").asText("")),
                Quantity.parseOrZero(usage.path("memory").asText("")));
    }

    /** A pod's usage: the sum of its containers'. */
    static Usage ofPod(JsonNode podMetrics) {
        Usage sum = NONE;
        for (JsonNode c : podMetrics.path("containers")) {
            sum = sum.plus(of(c.path("usage")));
        }
        return sum;
    }

    Usage plus(Usage other) {
        return new Usage(cpu.plus(other.cpu), memory.plus(other.memory));
    }

    String cpuCell() {
        return cpu.milliValue() + "m";
    }

    String memoryCell() {
        return memory.longValue() / (1024 * 1024) + "Mi";
    }

    /** Sort key for {@code --sort-by}: larger first, as kubectl's sorters. */
    long key(String sortBy) {
        return sortBy.equals("cpu") ? cpu.milliValue() : memory.longValue();
    }
}
