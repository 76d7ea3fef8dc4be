package io.krmcp.output.describe;

import java.util.ArrayList;
import java.util.List;

/**
 * Go's {@code text/tabwriter} with its column blocks: a column is aligned only over consecutive lines that have a
 * cell in it, so {@code Labels:\ta=b} and the nested blocks under it align the way kubectl's describe output does.
 * Cells are tab-terminated; the text after a line's last tab is not part of any column. {@link #flush()} ends an
 * alignment segment, as Go's {@code Flush} does.
 */
public final class GoTabWriter {

    private final int padding;
    private final StringBuilder out = new StringBuilder();
    private final StringBuilder pending = new StringBuilder();

    public GoTabWriter(int padding) {
        this.padding = padding;
    }

    public GoTabWriter write(String text) {
        pending.append(text);
        return this;
    }

    /** Formats everything written since the last flush as one segment. */
    public GoTabWriter flush() {
        if (pending.length() == 0) {
            return this;
        }
        String text = pending.toString();
        pending.setLength(0);
        boolean endsWithNewline = text.endsWith("\n");
        String[] rawLines = (endsWithNewline ? text.substring(0, text.length() - 1) : text).split("\n", -1);
        List<List<String>> lines = new ArrayList<>();
        for (String raw : rawLines) {
            lines.add(List.of(raw.split("\t", -1)));
        }
        List<Integer> widths = new ArrayList<>();
        StringBuilder segment = new StringBuilder();
        format(lines, 0, lines.size(), widths, segment);
        if (!endsWithNewline && segment.length() > 0) {
            segment.setLength(segment.length() - 1);
        }
        out.append(segment);
        return this;
    }

    @Override
    public String toString() {
        flush();
        return out.toString();
    }

    private void format(List<List<String>> lines, int line0, int line1, List<Integer> widths, StringBuilder sb) {
        int column = widths.size();
        for (int current = line0; current < line1; current++) {
            if (column >= lines.get(current).size() - 1) {
                continue;
            }
            writeLines(lines, line0, current, widths, sb);
            line0 = current;
            int width = 0;
            for (; current < line1; current++) {
                List<String> line = lines.get(current);
                if (column >= line.size() - 1) {
                    break;
                }
                width = Math.max(width, line.get(column).codePointCount(0, line.get(column).length()) + padding);
            }
            widths.add(width);
            format(lines, line0, current, widths, sb);
            widths.remove(widths.size() - 1);
            line0 = current;
        }
        writeLines(lines, line0, line1, widths, sb);
    }

    private static void writeLines(List<List<String>> lines, int from, int to, List<Integer> widths,
                                   StringBuilder sb) {
        for (int i = from; i < to; i++) {
            List<String> line = lines.get(i);
            for (int j = 0; j < line.size(); j++) {
                String cell = line.get(j);
                sb.append(cell);
                if (j < widths.size() && j < line.size() - 1) {
                    sb.append(" ".repeat(Math.max(0, widths.get(j) - cell.codePointCount(0, cell.length()))));
                }
            }
            sb.append('\n');
        }
    }
}
