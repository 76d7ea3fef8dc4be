package io.krmcp.output.describe;

import static io.krmcp.output.describe.PrefixWriter.LEVEL_0;
import static io.krmcp.output.describe.PrefixWriter.LEVEL_1;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

import io.krmcp.output.table.Fields;
import io.krmcp.output.table.HumanDuration;

/** Blocks every describer shares: multi-line labels and annotations, and the Events table. */
public final class DescribeSections {

    private DescribeSections() {
    }

    /** Name, Namespace, Labels and Annotations: how most of kubectl's describers begin. */
    public static void header(PrefixWriter w, JsonNode object) {
        w.write(LEVEL_0, "Name:\t" + Fields.text(object, "metadata", "name") + "\n");
        w.write(LEVEL_0, "Namespace:\t" + Fields.text(object, "metadata", "namespace") + "\n");
        labels(w, "Labels", object.path("metadata").path("labels"));
        annotations(w, "Annotations", object.path("metadata").path("annotations"));
    }

    /** {@code printLabelsMultiline}: first pair after the title, the rest aligned under it; {@code <none>} if empty. */
    public static void labels(PrefixWriter w, String title, JsonNode map) {
        multiline(w, title, map, "=");
    }

    /** {@code printAnnotationsMultiline}, with {@code key: value} pairs. */
    public static void annotations(PrefixWriter w, String title, JsonNode map) {
        multiline(w, title, map, ": ");
    }

    private static void multiline(PrefixWriter w, String title, JsonNode map, String separator) {
        w.write(LEVEL_0, title + ":\t");
        Map<String, String> sorted = new TreeMap<>();
        if (map != null && map.isObject()) {
            map.fields().forEachRemaining(e -> sorted.put(e.getKey(), e.getValue().asText()));
        }
        if (sorted.isEmpty()) {
            w.line("<none>");
            return;
        }
        boolean first = true;
        for (Map.Entry<String, String> e : sorted.entrySet()) {
            if (!first) {
                w.write(LEVEL_0, "\t");
            }
            first = false;
            String value = e.getValue().strip();
            w.line(e.getKey() + separator + value.replace("\n", "\n\t"));
        }
    }

    /** {@code DescribeEvents}: sorted by last timestamp, with {@code (xN over T)} for repeated events. */
    public static void events(PrefixWriter w, List<JsonNode> events, Instant now) {
        if (events.isEmpty()) {
            w.write(LEVEL_0, "Events:\t<none>\n");
            return;
        }
        w.flush();
        List<JsonNode> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing(DescribeSections::lastSeen));
        w.write(LEVEL_0, "Events:\n  Type\tReason\tAge\tFrom\tMessage\n");
        w.write(LEVEL_1, "----\t------\t----\t----\t-------\n");
        for (JsonNode e : sorted) {
            String eventTime = Fields.text(e, "eventTime");
            String first = eventTime.isEmpty() ? HumanDuration.since(Fields.text(e, "firstTimestamp"), now)
                    : HumanDuration.since(eventTime, now);
            String interval;
            if (Fields.isSet(e, "series")) {
                interval = HumanDuration.since(Fields.text(e, "series", "lastObservedTime"), now) + " (x"
                        + Fields.number(e, "series", "count") + " over " + first + ")";
            } else if (Fields.number(e, "count") > 1) {
                interval = HumanDuration.since(Fields.text(e, "lastTimestamp"), now) + " (x"
                        + Fields.number(e, "count") + " over " + first + ")";
            } else {
                interval = first;
            }
            String source = Fields.text(e, "source", "component");
            if (source.isEmpty()) {
                source = Fields.text(e, "reportingComponent");
            }
            w.write(LEVEL_1, Fields.text(e, "type") + "\t" + Fields.text(e, "reason") + "\t" + interval + "\t"
                    + source + "\t" + Fields.text(e, "message").strip() + "\n");
        }
    }

    private static String lastSeen(JsonNode e) {
        String last = Fields.text(e, "lastTimestamp");
        if (!last.isEmpty()) {
            return last;
        }
        String series = Fields.text(e, "series", "lastObservedTime");
        return series.isEmpty() ? Fields.text(e, "eventTime") : series;
    }
}
