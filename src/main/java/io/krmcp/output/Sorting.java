package io.krmcp.output;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.krmcp.output.table.Table;

/**
 * {@code --sort-by}, built once per call and applied to whatever the printer is given: objects ordered by the value
 * a JSONPath finds in each, numbers numerically and everything else as text (RFC 3339 times sort correctly as text);
 * objects without the field sort first. Stable, so the server's order breaks ties.
 */
public final class Sorting {

    private final JsonPath path;
    private final Comparator<JsonNode> order;

    private Sorting(JsonPath path) {
        this.path = path;
        this.order = (a, b) -> compare(first(a), first(b));
    }

    /** {@code .metadata.name} or {@code {.metadata.name}}, as kubectl accepts both. */
    public static Sorting by(String expression) throws JsonPath.SyntaxError {
        String expr = expression.strip();
        return new Sorting(JsonPath.parse(expr.startsWith("{") ? expr : "{" + expr + "}"));
    }

    /** Whether the sort key may be read from a field of this name. */
    public boolean mayRead(String field) {
        return path.mayRead(field);
    }

    public void sort(List<JsonNode> objects) {
        objects.sort(order);
    }

    /** Server Tables carry the objects when asked ({@code includeObject=Object}); rows sort by them. */
    public Table sort(Table table) {
        List<Table.Row> rows = new ArrayList<>(table.rows());
        rows.sort((a, b) -> order.compare(a.object(), b.object()));
        return new Table(table.columns(), rows);
    }

    private JsonNode first(JsonNode object) {
        List<JsonNode> values = object == null ? List.of() : path.values(object);
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
