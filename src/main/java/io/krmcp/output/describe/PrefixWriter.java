package io.krmcp.output.describe;

/**
 * kubectl's describe {@code PrefixWriter}: each level indents two spaces; lines carry tabs that the Go tab writer
 * (padding 2, as {@code describe.tabbedString}) aligns at the end.
 */
public final class PrefixWriter {

    public static final int LEVEL_0 = 0;
    public static final int LEVEL_1 = 1;
    public static final int LEVEL_2 = 2;
    public static final int LEVEL_3 = 3;

    private final GoTabWriter tabs = new GoTabWriter(2);

    public PrefixWriter write(int level, String text) {
        tabs.write("  ".repeat(level)).write(text);
        return this;
    }

    public PrefixWriter line(String text) {
        tabs.write(text).write("\n");
        return this;
    }

    /** Ends an alignment segment (kubectl flushes before the Events table). */
    public PrefixWriter flush() {
        tabs.flush();
        return this;
    }

    @Override
    public String toString() {
        return tabs.toString();
    }
}
