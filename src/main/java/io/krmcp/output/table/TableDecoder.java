package io.krmcp.output.table;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads the API server's {@code meta.k8s.io Table} response, the source kubectl itself prints from. */
public final class TableDecoder {

    private TableDecoder() {
    }

    public static boolean isTable(JsonNode body) {
        return "Table".equals(body.path("kind").asText()) && body.has("columnDefinitions");
    }

    public static Table decode(JsonNode body) {
        List<Table.Column> columns = new ArrayList<>();
        for (JsonNode def : body.path("columnDefinitions")) {
            columns.add(new Table.Column(def.path("name").asText(), def.path("priority").asInt(0)));
        }
        List<Table.Row> rows = new ArrayList<>();
        for (JsonNode row : body.path("rows")) {
            List<String> cells = new ArrayList<>();
            for (JsonNode cell : row.path("cells")) {
                cells.add(cellText(cell));
            }
            while (cells.size() < columns.size()) {
                cells.add("");
            }
            rows.add(new Table.Row(cells, row.path("object")));
        }
        return new Table(columns, rows);
    }

    /**
     * A cell as kubectl's table printer writes it: nothing for a missing value (a CRD column whose path is absent),
     * a string up to its first line break, tab or form feed followed by {@code ...}, anything else as Go's
     * {@code fmt.Fprint} ({@code true}, {@code 3}, {@code [a b]}).
     */
    static String cellText(JsonNode cell) {
        if (cell == null || cell.isNull() || cell.isMissingNode()) {
            return "";
        }
        if (cell.isTextual()) {
            String text = cell.asText();
            int cut = firstOf(text, "\f\n\r\t");
            return cut < 0 ? text : text.substring(0, cut) + "...";
        }
        if (cell.isArray()) {
            List<String> parts = new ArrayList<>();
            cell.forEach(c -> parts.add(cellText(c)));
            return "[" + String.join(" ", parts) + "]";
        }
        return cell.toString();
    }

    private static int firstOf(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
