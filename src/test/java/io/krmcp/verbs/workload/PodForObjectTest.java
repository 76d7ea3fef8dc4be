package io.krmcp.verbs.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The pod {@code logs TYPE/NAME} reads, in kubectl's {@code podutils.ByLogging} order. */
class PodForObjectTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode pod(String name, String phase, String readySince, int restarts, String created) throws Exception {
        String ready = readySince == null ? "" : "{\"type\":\"Ready\",\"status\":\"True\",\"lastTransitionTime\":\""
                + readySince + "\"}";
        return JSON.readTree("{\"metadata\":{\"name\":\"" + name + "\",\"creationTimestamp\":\"" + created + "\"},"
                + "\"spec\":{\"nodeName\":\"n1\"},\"status\":{\"phase\":\"" + phase + "\",\"conditions\":[" + ready
                + "],\"containerStatuses\":[{\"restartCount\":" + restarts + "}]}}");
    }

    static String first(JsonNode... pods) {
        List<JsonNode> list = new ArrayList<>(List.of(pods));
        list.sort(PodForObject.BY_LOGGING);
        return list.get(0).path("metadata").path("name").asText();
    }

    @Test
    void readyLongestWinsAmongReadyPods() throws Exception {
        assertEquals("early", first(pod("late", "Running", "2026-01-02T00:00:00Z", 0, "2026-01-01T00:00:00Z"),
                pod("early", "Running", "2026-01-01T12:00:00Z", 0, "2026-01-01T00:00:01Z")));
    }

    @Test
    void finishedPodsRankWithRunningOnesBeforePending() throws Exception {
        // Go's phase map has no entry for Succeeded, which therefore counts as Running
        assertEquals("done", first(pod("waiting", "Pending", null, 0, "2026-01-01T00:00:00Z"),
                pod("done", "Succeeded", null, 0, "2026-01-01T00:00:05Z")));
        assertEquals("unknown", first(pod("waiting", "Pending", null, 0, "2026-01-01T00:00:00Z"),
                pod("unknown", "Unknown", null, 0, "2026-01-01T00:00:05Z")));
    }

    @Test
    void thenMostRestartsThenOldest() throws Exception {
        assertEquals("crashy", first(pod("calm", "Running", null, 0, "2026-01-01T00:00:00Z"),
                pod("crashy", "Running", null, 3, "2026-01-01T00:00:05Z")));
        assertEquals("old", first(pod("new", "Running", null, 0, "2026-01-01T00:00:05Z"),
                pod("old", "Running", null, 0, "2026-01-01T00:00:00Z")));
    }
}
