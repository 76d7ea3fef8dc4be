package io.krmcp.output.table;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Rows of one resource type, before decoration: whether they came from the server's Table response or from a
 * built-in printer, the decorators (namespace, kind prefix, labels) and the tab writer see the same shape.
 *
 * @param columns column definitions; priority 0 is shown always, higher only with {@code -o wide}
 * @param rows one per object
 */
public record Table(List<Column> columns, List<Row> rows) {

    public Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** @param name header as the server or kubectl names it ({@code Name}, {@code READY}); printed upper-case */
    public record Column(String name, int priority) {
        public static Column always(String name) {
            return new Column(name, 0);
        }

        public static Column wide(String name) {
            return new Column(name, 1);
        }
    }

    /**
     * @param cells one per column, already formatted
     * @param object the object or its metadata, for namespace and labels
     */
    public record Row(List<String> cells, JsonNode object) {
        public Row {
            cells = List.copyOf(cells);
        }
    }
}
