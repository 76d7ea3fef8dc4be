package io.krmcp.verbs.logs;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A validated {@code kubectl logs}.
 *
 * @param target {@code POD} or {@code TYPE/NAME}; empty with a selector
 * @param tail lines from the end, -1 for all
 * @param limitBytes 0 for no limit
 */
public record LogsOptions(Optional<String> target, Optional<String> selector, Optional<String> container,
                          boolean allContainers, boolean prefix, int tail, Optional<Duration> since,
                          Optional<String> sinceTime, boolean previous, boolean timestamps, long limitBytes,
                          Optional<String> namespace) {

    /** The log endpoint's query for one container, as kubectl's PodLogOptions encode it. */
    Map<String, String> query(String containerName) {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("container", containerName);
        if (previous) {
            q.put("previous", "true");
        }
        since.ifPresent(d -> q.put("sinceSeconds", String.valueOf(Math.max(1, (d.toMillis() + 999) / 1000))));
        sinceTime.ifPresent(t -> q.put("sinceTime", t));
        if (timestamps) {
            q.put("timestamps", "true");
        }
        if (tail >= 0) {
            q.put("tailLines", String.valueOf(tail));
        }
        if (limitBytes > 0) {
            q.put("limitBytes", String.valueOf(limitBytes));
        }
        return q;
    }
}
