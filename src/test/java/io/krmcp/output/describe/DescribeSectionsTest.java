package io.krmcp.output.describe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Annotation folding, last-applied skipping and taint order, as kubectl prints them. */
class DescribeSectionsTest {

    @Test
    void longAndMultiLineAnnotationsGoUnderTheirKey() {
        String longValue = "x".repeat(150);
        PrefixWriter w = new PrefixWriter();
        DescribeSections.annotations(w, "Annotations", Objects.yaml("""
                a: short
                b: %s
                c: "line one\\nline two\\n"
                kubectl.kubernetes.io/last-applied-configuration: '{"secret":"s3cr3t"}'
                """.formatted(longValue)));
        assertEquals("Annotations:  a: short\n"
                + "              b:\n"
                + "                " + "x".repeat(138) + "...\n"
                + "              c:\n"
                + "                line one\n"
                + "                line two\n", w.toString());
    }

    @Test
    void annotationJustUnderTheLimitStaysOnItsLine() {
        PrefixWriter w = new PrefixWriter();
        // key (1) + ": " (2) + value (137) = 140 bytes: not over kubectl's limit.
        DescribeSections.annotations(w, "Annotations", Objects.yaml("k: " + "v".repeat(137)));
        assertEquals("Annotations:  k: " + "v".repeat(137) + "\n", w.toString());
    }

    @Test
    void taintsSortByEffectThenKey() {
        PrefixWriter w = new PrefixWriter();
        DescribeSections.taints(w, "Taints", Objects.yaml("""
                - {key: z, effect: NoSchedule}
                - {key: a, value: "1", effect: NoSchedule}
                - {key: m, effect: NoExecute}
                """));
        assertEquals("Taints:  m:NoExecute\n         a=1:NoSchedule\n         z:NoSchedule\n", w.toString());
    }
}
