package io.krmcp.output.table;

import java.util.ArrayList;
import java.util.List;

/**
 * Go's {@code text/tabwriter} as kubectl configures it (min width 0, padding 3, spaces): every cell but the last of a
 * line is padded to its column's widest cell plus three spaces; the last cell is written as is.
 */
public final class TabWriter {

    static final int PADDING = 3;

    private final List<List<String>> lines = new ArrayList<>();

    public void add(List<String> cells) {
        lines.add(cells);
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    public void writeTo(StringBuilder out) {
        int columns = 0;
        for (List<String> line : lines) {
            columns = Math.max(columns, line.size());
        }
        int[] widths = new int[columns];
        for (List<String> line : lines) {
            for (int i = 0; i < line.size() - 1; i++) {
                widths[i] = Math.max(widths[i], line.get(i).codePointCount(0, line.get(i).length()));
            }
        }
        for (List<String> line : lines) {
            for (int i = 0; i < line.size(); i++) {
                String cell = line.get(i);
                out.append(cell);
                if (i < line.size() - 1) {
                    int pad = widths[i] + PADDING - cell.codePointCount(0, cell.length());
                    out.append(" ".repeat(pad));
                }
            }
            out.append('\n');
        }
    }
}
