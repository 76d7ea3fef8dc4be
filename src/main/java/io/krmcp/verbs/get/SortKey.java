package io.krmcp.verbs.get;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.krmcp.output.JsonPath;
import io.krmcp.output.table.Table;

/**
 * {@code --sort-by}: objects ordered by the value a JSONPath finds in each, numbers numerically and everything else
 * as text (RFC 3339 times sort correctly as text); objects without the field sort first. Stable, so the server's
 * order breaks ties.
 */
final class SortKey {

    private SortKey() {
    }

    static Comparator<JsonNode> comparator(JsonPath path) {
        return (a, b) -> compare(first(path, a), first(path, b));
    }

    /** Server Tables carry the objects when asked ({@code includeObject=Object}); rows sort by them. */
    static Table sortRows(Table table, JsonPath path) {
        List<Table.Row> rows = new ArrayList<>(table.rows());
        rows.sort((a, b) -> compare(first(path, a.object()), first(path, b.object())));
        return new Table(table.columns(), rows);
    }

    private static JsonNode first(JsonPath path, JsonNode object) {
        List<JsonNode> values = path.values(object);
        return values.isEmpty() ? null : values.get(0);
    }

    private static int compare(JsonNode a, JsonNode b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        if (a.isNumber() && b.isNumber()) {
            return Double.compare(a.asDouble(), b.asDouble());
        }
        return JsonPath.text(a).compareTo(JsonPath.text(b));
    }
}
