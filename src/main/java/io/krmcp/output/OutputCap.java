package io.krmcp.output;

import java.nio.charset.StandardCharsets;

/**
 * {@code KUBECTL_MAX_OUTPUT_BYTES}: keeps an answer inside an agent's context. Cuts at a line boundary and says how
 * much was cut and how to ask a narrower question. Seen from a verb that lists, the cap also says when to stop:
 * text past it is cut before the agent sees it, so once the output is surely past it, fetching and printing more
 * objects is work and memory spent on nothing; the verb stops and says so.
 *
 * @param bytes the cap
 */
public record OutputCap(int bytes) {

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

    public static String apply(String text, int maxBytes) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= maxBytes) {
            return text;
        }
        String head = new String(bytes, 0, maxBytes, StandardCharsets.UTF_8);
        int lastLine = head.lastIndexOf('\n');
        if (lastLine > 0) {
            head = head.substring(0, lastLine + 1);
        }
        int kept = head.getBytes(StandardCharsets.UTF_8).length;
        long cutLines = text.substring(head.length()).chars().filter(c -> c == '\n').count();
        return head + "... [output truncated: " + (bytes.length - kept) + " more bytes (" + cutLines
                + " lines) not shown; narrow the query with -l, --field-selector, -n, -o name, or --tail for logs]\n";
    }

    /** For logs: keeps the newest lines (the end) and says how many earlier ones were cut. */
    public static String applyKeepingEnd(String text, int maxBytes) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= maxBytes) {
            return text;
        }
        String tail = new String(bytes, bytes.length - maxBytes, maxBytes, StandardCharsets.UTF_8);
        int firstLine = tail.indexOf('\n');
        if (firstLine >= 0 && firstLine < tail.length() - 1) {
            tail = tail.substring(firstLine + 1);
        }
        int cut = bytes.length - tail.getBytes(StandardCharsets.UTF_8).length;
        long cutLines = text.substring(0, text.length() - tail.length()).chars().filter(c -> c == '\n').count();
        return "[output truncated: the first " + cut + " bytes (" + cutLines + " lines) are not shown; "
                + "use --tail or --since to read less, or --since-time to page back]\n" + tail;
    }
}
