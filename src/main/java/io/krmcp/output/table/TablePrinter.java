package io.krmcp.output.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

import io.krmcp.kube.model.Fields;

/**
 * kubectl's human-readable printer: turns one {@link Table} per resource type into aligned text, adding the
 * decorations {@code get} asks for (NAMESPACE column, {@code kind/} prefix, {@code -L} columns, LABELS). Sections for
 * different types are separated by a blank line, each with its own header, as kubectl prints them.
 */
public final class TablePrinter {

    /**
     * @param wide show priority columns ({@code -o wide})
     * @param noHeaders omit the header line
     * @param namespaceColumn prefix a NAMESPACE column ({@code -A}); only for namespaced types
     * @param withKind prefix names with {@code kind/} (several types, or {@code --show-kind})
     * @param showLabels append a LABELS column
     * @param labelColumns label keys shown as their own columns ({@code -L})
     */
    public record Options(boolean wide, boolean noHeaders, boolean namespaceColumn, boolean withKind,
                          boolean showLabels, List<String> labelColumns) {
        public Options {
            labelColumns = List.copyOf(labelColumns);
        }
    }

    /** One type's rows, with how to prefix their names. */
    public record Section(Table table, String kindPrefix, boolean namespaced) {
    }

    private final Options options;

    public TablePrinter(Options options) {
        this.options = options;
    }

    public String print(List<Section> sections) {
        StringBuilder out = new StringBuilder();
        boolean first = true;
        for (Section section : sections) {
            if (section.table().rows().isEmpty()) {
                continue;
            }
            if (!first) {
                out.append('\n');
            }
            first = false;
            printSection(section, out);
        }
        return out.toString();
    }

    private void printSection(Section section, StringBuilder out) {
        Table table = section.table();
        List<Integer> shown = new ArrayList<>();
        for (int i = 0; i < table.columns().size(); i++) {
            if (options.wide() || table.columns().get(i).priority() == 0) {
                shown.add(i);
            }
        }
        int nameIndex = nameColumn(table);
        boolean namespaceColumn = options.namespaceColumn() && section.namespaced();
        TabWriter writer = new TabWriter();
        if (!options.noHeaders()) {
            List<String> header = new ArrayList<>();
            if (namespaceColumn) {
                header.add("NAMESPACE");
            }
            for (int i : shown) {
                header.add(table.columns().get(i).name().toUpperCase(Locale.ROOT));
            }
            for (String key : options.labelColumns()) {
                header.add(labelHeader(key));
            }
            if (options.showLabels()) {
                header.add("LABELS");
            }
            writer.add(header);
        }
        for (Table.Row row : table.rows()) {
            JsonNode metadata = row.object().path("metadata");
            List<String> line = new ArrayList<>();
            if (namespaceColumn) {
                line.add(metadata.path("namespace").asText(""));
            }
            for (int i : shown) {
                String cell = row.cells().get(i);
                if (i == nameIndex && options.withKind()) {
                    cell = section.kindPrefix() + "/" + cell;
                }
                line.add(cell);
            }
            for (String key : options.labelColumns()) {
                line.add(metadata.path("labels").path(key).asText(""));
            }
            if (options.showLabels()) {
                line.add(Fields.labels(metadata.path("labels")));
            }
            writer.add(line);
        }
        writer.writeTo(out);
    }

    /**
     * What these rows take at least once printed, whatever else is asked: every always-shown column but the last is
     * padded to its widest cell here (or its title, with headers) and three spaces, then the last cell and a line
     * break. Columns added by {@code -o wide}, {@code -A} or labels, kind prefixes and wider cells elsewhere only
     * add, and a code point never takes fewer bytes than one. A lister whose rows have passed the output cap by this
     * count knows that further rows would be cut.
     */
    public static long printedBytesAtLeast(Table table, boolean headers) {
        List<Integer> always = new ArrayList<>();
        for (int i = 0; i < table.columns().size(); i++) {
            if (table.columns().get(i).priority() == 0) {
                always.add(i);
            }
        }
        if (always.isEmpty() || table.rows().isEmpty()) {
            return table.rows().size();
        }
        int last = always.remove(always.size() - 1);
        long padded = 0;
        for (int column : always) {
            int width = headers ? table.columns().get(column).name().length() : 0;
            for (Table.Row row : table.rows()) {
                width = Math.max(width, codePoints(row.cells().get(column)));
            }
            padded += width + TabWriter.PADDING;
        }
        long bytes = padded * table.rows().size();
        for (Table.Row row : table.rows()) {
            bytes += codePoints(row.cells().get(last)) + 1;
        }
        return bytes;
    }

    private static int codePoints(String text) {
        return text.codePointCount(0, text.length());
    }

    /** kubectl titles a {@code -L} column with the key's last path segment, upper-cased. */
    static String labelHeader(String key) {
        int slash = key.lastIndexOf('/');
        return (slash >= 0 ? key.substring(slash + 1) : key).toUpperCase(Locale.ROOT);
    }

    private static int nameColumn(Table table) {
        for (int i = 0; i < table.columns().size(); i++) {
            if (table.columns().get(i).name().equalsIgnoreCase("name")) {
                return i;
            }
        }
        return 0;
    }
}
