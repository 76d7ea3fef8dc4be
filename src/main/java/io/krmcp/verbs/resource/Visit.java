package io.krmcp.verbs.resource;

import io.krmcp.verbs.VerbResult;

/**
 * One verb call's results as the visitor walks its objects: what is printed, the errors of the objects that failed
 * (each on its own line, the others still acted on, as kubectl's builder continues on error) and how many objects
 * there were.
 */
public final class Visit {

    private final StringBuilder out = new StringBuilder();
    private final StringBuilder err;
    private int visited;
    private boolean failed;

    /** @param err where the verb's earlier warnings already stand; errors follow them */
    Visit(StringBuilder err) {
        this.err = err;
    }

    public void print(String text) {
        out.append(text);
    }

    /** One object (or one lookup) failed; the call will exit 1. */
    public void fail(String message) {
        err.append(message).append('\n');
        failed = true;
    }

    void counted() {
        visited++;
    }

    /** Objects found and handed to the action (a name counts when the visitor does not read it first). */
    public int visited() {
        return visited;
    }

    public boolean failed() {
        return failed;
    }

    public String out() {
        return out.toString();
    }

    public String err() {
        return err.toString();
    }

    public VerbResult result() {
        return new VerbResult(out.toString(), err.toString(), failed ? 1 : 0);
    }
}
