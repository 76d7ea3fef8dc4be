package io.krmcp.output.describe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Go's tabwriter semantics: columns align only within blocks of consecutive lines that have that cell. */
class GoTabWriterTest {

    /** As in kubectl's describe pod: "IPs:" has no cell and ends the block; "  IP:" aligns with what follows. */
    @Test
    void aColumnBlockEndsAtALineWithoutThatCell() {
        String out = new GoTabWriter(2).write("Name:\tweb\nNamespace:\tdefault\nIPs:\n  IP:\t10.0.0.1\n"
                + "Controlled By:\tReplicaSet/web\n").toString();
        assertEquals("""
                Name:       web
                Namespace:  default
                IPs:
                  IP:           10.0.0.1
                Controlled By:  ReplicaSet/web
                """, out);
    }

    @Test
    void nestedColumnsAlignWithinTheirBlock() {
        String out = new GoTabWriter(2).write("a\tb\tc\nlonger\tb2\tc\nx\n").toString();
        assertEquals("a       b   c\nlonger  b2  c\nx\n", out);
    }

    @Test
    void flushStartsANewAlignmentSegment() {
        GoTabWriter w = new GoTabWriter(2).write("short:\t1\n").flush().write("much longer:\t2\n");
        assertEquals("short:  1\nmuch longer:  2\n", w.toString());
    }

    @Test
    void emptyCellsArePaddedToo() {
        assertEquals("Namespace:    \nAnnotations:  <none>\n",
                new GoTabWriter(2).write("Namespace:\t\nAnnotations:\t<none>\n").toString());
    }

    @Test
    void textWithoutTrailingNewlineStaysSo() {
        assertEquals("a  b", new GoTabWriter(2).write("a\tb").toString());
    }
}
