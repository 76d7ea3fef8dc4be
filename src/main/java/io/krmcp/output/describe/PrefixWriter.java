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

    private final GoTabWriter tabs;
    private final StringBuilder raw;

    public PrefixWriter() {
        this.tabs = new GoTabWriter(2);
        this.raw = null;
    }

    private PrefixWriter(StringBuilder raw) {
        this.tabs = null;
        this.raw = raw;
    }

    /** A writer that keeps the tabs as they are, as kubectl's {@code rollout history --revision} prints. */
    public static PrefixWriter untabbed() {
        return new PrefixWriter(new StringBuilder());
    }

    public PrefixWriter write(int level, String text) {
        return append("  ".repeat(level)).append(text);
    }

    public PrefixWriter line(String text) {
        return append(text).append("\n");
    }

    private PrefixWriter append(String text) {
        if (raw != null) {
            raw.append(text);
        } else {
            tabs.write(text);
        }
        return this;
    }

    /** Ends an alignment segment (kubectl flushes before the Events table). */
    public PrefixWriter flush() {
        if (tabs != null) {
            tabs.flush();
        }
        return this;
    }

    @Override
    public String toString() {
        return raw != null ? raw.toString() : tabs.toString();
    }
}
