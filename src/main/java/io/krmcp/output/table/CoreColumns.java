package io.krmcp.output.table;

import static io.krmcp.output.table.SimpleColumns.age;
import static io.krmcp.output.table.SimpleColumns.col;
import static io.krmcp.output.table.SimpleColumns.name;
import static io.krmcp.output.table.SimpleColumns.wide;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

import io.krmcp.kube.model.Fields;

/** kubectl's printers for events, config and identity objects, and the NAME/AGE fallback for any other kind. */
final class CoreColumns {

    private CoreColumns() {
    }

    static final KindColumns CONFIG_MAP = new SimpleColumns(List.of(col("NAME"), col("DATA"), col("AGE")),
            (o, now) -> List.of(name(o), String.valueOf(o.path("data").size() + o.path("binaryData").size()),
                    age(o, now)));

    static final KindColumns SECRET = new SimpleColumns(List.of(col("NAME"), col("TYPE"), col("DATA"), col("AGE")),
            (o, now) -> List.of(name(o), Fields.text(o, "type"),
                    String.valueOf(o.path("data").size() + o.path("stringData").size()), age(o, now)));

    static final KindColumns SERVICE_ACCOUNT = new SimpleColumns(List.of(col("NAME"), col("SECRETS"), col("AGE")),
            (o, now) -> List.of(name(o), String.valueOf(o.path("secrets").size()), age(o, now)));

    static final KindColumns GENERIC = new SimpleColumns(List.of(col("NAME"), col("AGE")),
            (o, now) -> List.of(name(o), age(o, now)));

    static final KindColumns EVENT = new SimpleColumns(
            List.of(col("LAST SEEN"), col("TYPE"), col("REASON"), col("OBJECT"), wide("SUBOBJECT"),
                    wide("SOURCE"), col("MESSAGE"), wide("FIRST SEEN"), wide("COUNT"), wide("NAME")),
            CoreColumns::eventCells);

    private static List<String> eventCells(JsonNode e, Instant now) {
        String first = Fields.text(e, "firstTimestamp");
        String firstSeen = first.isEmpty() ? HumanDuration.since(Fields.text(e, "eventTime"), now)
                : HumanDuration.since(first, now);
        String last = Fields.text(e, "lastTimestamp");
        String lastSeen = last.isEmpty() ? firstSeen : HumanDuration.since(last, now);
        long count = Fields.number(e, "count");
        if (Fields.isSet(e, "series")) {
            lastSeen = HumanDuration.since(Fields.text(e, "series", "lastObservedTime"), now);
            count = Fields.number(e, "series", "count");
        } else if (count == 0) {
            count = 1;
        }
        JsonNode involved = e.path("involvedObject");
        String kind = involved.path("kind").asText("").toLowerCase(Locale.ROOT);
        String target = involved.path("name").asText("").isEmpty() ? kind : kind + "/" + involved.path("name").asText();
        return List.of(lastSeen, Fields.text(e, "type"), Fields.text(e, "reason"), target,
                Fields.text(involved, "fieldPath"), source(e), Fields.text(e, "message").strip(), firstSeen,
                String.valueOf(count), name(e));
    }

    private static String source(JsonNode e) {
        String component = Fields.text(e, "source", "component");
        String host = Fields.text(e, "source", "host");
        if (component.isEmpty()) {
            component = Fields.text(e, "reportingComponent");
            host = Fields.text(e, "reportingInstance");
        }
        return host.isEmpty() ? component : component + ", " + host;
    }
}
