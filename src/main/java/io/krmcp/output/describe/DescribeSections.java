package io.krmcp.output.describe;

import static io.krmcp.output.describe.PrefixWriter.LEVEL_0;
import static io.krmcp.output.describe.PrefixWriter.LEVEL_1;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

import com.fasterxml.jackson.databind.JsonNode;

import io.krmcp.kube.model.Fields;
import io.krmcp.kube.model.KubeObject;
import io.krmcp.output.table.EventTimes;

/** Blocks every describer shares: multi-line labels, annotations, tolerations and taints, times, the Events table. */
public final class DescribeSections {

    static final String LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";
    private static final int MAX_ANNOTATION_LENGTH = 140;
    private static final DateTimeFormatter RFC1123Z =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.US).withZone(ZoneOffset.UTC);

    private DescribeSections() {
    }

    /** Name, Namespace, Labels and Annotations: how most of kubectl's describers begin. */
    public static void header(PrefixWriter w, JsonNode object) {
        w.write(LEVEL_0, "Name:\t" + KubeObject.name(object) + "\n");
        w.write(LEVEL_0, "Namespace:\t" + KubeObject.namespace(object) + "\n");
        labels(w, "Labels", object.path("metadata").path("labels"));
        annotations(w, "Annotations", object.path("metadata").path("annotations"));
    }

    /** {@code printLabelsMultiline}: first pair after the title, the rest aligned under it; {@code <none>} if empty. */
    public static void labels(PrefixWriter w, String title, JsonNode map) {
        w.write(LEVEL_0, title + ":\t");
        entries(w, sorted(map), (key, value) -> w.write(LEVEL_0, key + "=" + value + "\n"));
    }

    /** Each entry on its own line, the first after the title, the others under it; {@code <none>} when empty. */
    private static void entries(PrefixWriter w, Map<String, String> sorted, BiConsumer<String, String> entry) {
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
            entry.accept(e.getKey(), e.getValue());
        }
    }

    /**
     * {@code printAnnotationsMultiline}: {@code key: value}, but a value that is multi-line or would make the line
     * longer than 140 bytes goes under its key, each line cut at 138 with {@code ...}. The last-applied
     * configuration is skipped, as kubectl skips it.
     */
    public static void annotations(PrefixWriter w, String title, JsonNode map) {
        w.write(LEVEL_0, title + ":\t");
        Map<String, String> sorted = sorted(map);
        sorted.remove(LAST_APPLIED);
        entries(w, sorted, (key, raw) -> {
            String value = raw.endsWith("\n") ? raw.substring(0, raw.length() - 1) : raw;
            if (utf8Length(value) + utf8Length(key) + 2 > MAX_ANNOTATION_LENGTH || value.contains("\n")) {
                w.write(LEVEL_0, key + ":\n");
                for (String line : value.split("\n", -1)) {
                    w.write(LEVEL_0, "\t  " + shorten(line, MAX_ANNOTATION_LENGTH - 2) + "\n");
                }
            } else {
                w.write(LEVEL_0, key + ": " + value + "\n");
            }
        });
    }

    /** {@code printPodTolerationsMultiline}: {@code key=value:Effect op=Exists for 300s}. */
    public static void tolerations(PrefixWriter w, String title, JsonNode tolerations) {
        w.write(LEVEL_0, title + ":\t");
        if (tolerations.isEmpty()) {
            w.line("<none>");
            return;
        }
        boolean first = true;
        for (JsonNode t : tolerations) {
            if (!first) {
                w.write(LEVEL_0, "\t");
            }
            first = false;
            StringBuilder sb = new StringBuilder(t.path("key").asText(""));
            String value = t.path("value").asText("");
            String effect = t.path("effect").asText("");
            if (!value.isEmpty()) {
                sb.append('=').append(value);
            }
            if (!effect.isEmpty()) {
                sb.append(':').append(effect);
            }
            if ("Exists".equals(t.path("operator").asText()) && value.isEmpty()) {
                sb.append(sb.length() > 0 ? " op=Exists" : "op=Exists");
            }
            if (t.has("tolerationSeconds")) {
                sb.append(" for ").append(t.path("tolerationSeconds").asLong()).append('s');
            }
            w.line(sb.toString());
        }
    }

    /** {@code printNodeTaintsMultiline}: {@code key=value:Effect}, sorted by effect then key. */
    public static void taints(PrefixWriter w, String title, JsonNode taints) {
        w.write(LEVEL_0, title + ":\t");
        if (taints.isEmpty()) {
            w.line("<none>");
            return;
        }
        List<JsonNode> sorted = new ArrayList<>();
        taints.forEach(sorted::add);
        sorted.sort(Comparator.comparing(t -> t.path("effect").asText("") + "," + t.path("key").asText("")));
        boolean first = true;
        for (JsonNode t : sorted) {
            if (!first) {
                w.write(LEVEL_0, "\t");
            }
            first = false;
            String value = t.path("value").asText("");
            w.line(t.path("key").asText("") + (value.isEmpty() ? "" : "=" + value) + ":" + t.path("effect").asText(""));
        }
    }

    /** A {@code Title:\tvalue} line written only when the value is set, as kubectl's optional fields. */
    public static void optional(PrefixWriter w, String title, String value) {
        if (!value.isEmpty()) {
            w.write(LEVEL_0, title + ":\t" + value + "\n");
        }
    }

    /** A Go {@code %d} of an optional number: its value, or {@code <unset>}. */
    public static String orUnset(JsonNode node, String suffix) {
        return node.isNumber() ? node.asLong() + suffix : "<unset>";
    }

    /** {@code metav1.LabelSelectorAsSelector(...).String()}: like the formatted selector, but empty when unset. */
    public static String selector(JsonNode selector) {
        String formatted = Fields.selector(selector);
        return formatted.equals("<none>") ? "" : formatted;
    }

    /** A conditions table with kubectl's {@code Type \tStatus\tReason} columns (workload describers). */
    public static void reasonConditions(PrefixWriter w, JsonNode conditions) {
        if (conditions.isEmpty()) {
            return;
        }
        w.write(LEVEL_0, "Conditions:\n  Type\tStatus\tReason\n");
        w.write(LEVEL_1, "----\t------\t------\n");
        for (JsonNode c : conditions) {
            w.write(LEVEL_1, c.path("type").asText("") + " \t" + c.path("status").asText("") + "\t"
                    + c.path("reason").asText("") + "\n");
        }
    }

    /** {@code printController}: {@code Kind/name} of the controlling owner, empty when there is none. */
    public static String controller(JsonNode object) {
        for (JsonNode owner : object.path("metadata").path("ownerReferences")) {
            if (owner.path("controller").asBoolean(false)) {
                return owner.path("kind").asText() + "/" + owner.path("name").asText();
            }
        }
        return "";
    }

    /**
     * {@code print*SelectorTermsMultilineWithIndent}: {@code Term N:} then each requirement on its own line, aligned
     * under the first; {@code <none>} for a term without requirements.
     */
    public static void terms(PrefixWriter w, int level, List<List<String>> terms) {
        int i = 0;
        for (List<String> requirements : terms) {
            w.write(level, "Term " + i++ + ":\t");
            if (requirements.isEmpty()) {
                w.line("<none>");
                continue;
            }
            boolean first = true;
            for (String requirement : requirements) {
                if (!first) {
                    w.write(level, "\t");
                }
                first = false;
                w.write(PrefixWriter.LEVEL_0, requirement + "\n");
            }
        }
    }

    /** Go's {@code time.RFC1123Z} in UTC, as kubectl prints timestamps on a machine in UTC. */
    public static String time(String rfc3339) {
        if (rfc3339 == null || rfc3339.isEmpty()) {
            return "";
        }
        try {
            return RFC1123Z.format(Instant.parse(rfc3339));
        } catch (DateTimeParseException e) {
            return rfc3339;
        }
    }

    /** A Go {@code %v} of a string slice: {@code [a b]}. */
    public static String goList(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return "[" + String.join(" ", values) + "]";
    }

    private static Map<String, String> sorted(JsonNode map) {
        Map<String, String> sorted = new TreeMap<>();
        if (map != null && map.isObject()) {
            map.fields().forEachRemaining(e -> sorted.put(e.getKey(), e.getValue().asText()));
        }
        return sorted;
    }

    private static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    private static String shorten(String s, int max) {
        return s.length() > max ? s.substring(0, max) + "..." : s;
    }

    /** Events, when the verb fetched them. */
    public static void events(PrefixWriter w, Related related, Instant now) {
        if (related.events() != null) {
            events(w, related.events(), now);
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
            String interval = EventTimes.interval(e, now);
            String source = Fields.text(e, "source", "component");
            if (source.isEmpty()) {
                source = Fields.text(e, "reportingComponent");
            }
            String message = Fields.text(e, "message").strip();
            String fieldPath = Fields.text(e, "involvedObject", "fieldPath");
            if (!fieldPath.isEmpty()) {
                message = fieldPath + ": " + message;
            }
            w.write(LEVEL_1, Fields.text(e, "type") + "\t" + Fields.text(e, "reason") + "\t" + interval + "\t"
                    + source + "\t" + message + "\n");
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
