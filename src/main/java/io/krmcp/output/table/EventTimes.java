package io.krmcp.output.table;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.databind.JsonNode;

import io.krmcp.kube.model.Fields;

/**
 * When an event happened, in kubectl's words: the {@code LAST SEEN} cell ({@code 5m (x3 over 2h)}) and the time
 * {@code kubectl events} sorts by. Events carry up to four timestamps depending on the API that wrote them.
 */
public final class EventTimes {

    private EventTimes() {
    }

    /** {@code getInterval}: the last occurrence and, for repeats, the count and the age of the first one. */
    public static String interval(JsonNode e, Instant now) {
        String eventTime = Fields.text(e, "eventTime");
        String first = eventTime.isEmpty() ? HumanDuration.since(Fields.text(e, "firstTimestamp"), now)
                : HumanDuration.since(eventTime, now);
        if (Fields.isSet(e, "series")) {
            return HumanDuration.since(Fields.text(e, "series", "lastObservedTime"), now) + " (x"
                    + Fields.number(e, "series", "count") + " over " + first + ")";
        }
        if (Fields.number(e, "count") > 1) {
            return HumanDuration.since(Fields.text(e, "lastTimestamp"), now) + " (x" + Fields.number(e, "count")
                    + " over " + first + ")";
        }
        return first;
    }

    /** {@code kubectl events}' sort key: the series' last observation, else lastTimestamp, else eventTime. */
    public static Instant lastObserved(JsonNode e) {
        String series = Fields.text(e, "series", "lastObservedTime");
        String last = Fields.text(e, "lastTimestamp");
        String text = !series.isEmpty() ? series : !last.isEmpty() ? last : Fields.text(e, "eventTime");
        try {
            return text.isEmpty() ? Instant.EPOCH : Instant.parse(text);
        } catch (DateTimeParseException ex) {
            return Instant.EPOCH;
        }
    }
}
