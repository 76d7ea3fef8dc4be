package io.krmcp.verbs;

/**
 * The call's output cap ({@code KUBECTL_MAX_OUTPUT_BYTES}) seen from a verb that lists: text past it is cut before
 * the agent sees it, so once a listing verb's output is surely past it, fetching and printing more objects is work
 * and memory spent on nothing. The verb stops and says so.
 *
 * @param bytes the cap
 */
public record OutputCap(int bytes) {

    /** Whether objects that each print at least {@code minBytesEach} would already fill the cap twice over. */
    public boolean filledBy(long objects, int minBytesEach) {
        return filledBy(objects * minBytesEach);
    }

    /** Whether text of at least this many bytes would already fill the cap twice over. */
    public boolean filledBy(long bytesAtLeast) {
        return bytesAtLeast > 2L * bytes;
    }

    /** Whether text of this length is past the cap. */
    public boolean reachedBy(long length) {
        return length > bytes;
    }

    /** The note to the agent: what stopped, after how many objects, and how to narrow the query. */
    public String stoppedNote(String verb, String what, int objects) {
        return verb + " of " + what + " stopped after " + objects + " objects: more exist, but the output cap "
                + "(KUBECTL_MAX_OUTPUT_BYTES=" + bytes + ") is already reached; narrow the query with -l, "
                + "--field-selector or -n\n";
    }
}
