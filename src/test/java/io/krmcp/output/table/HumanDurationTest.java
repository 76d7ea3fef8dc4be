package io.krmcp.output.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HumanDurationTest {

    /** Boundaries of kubectl's duration.HumanDuration. */
    @ParameterizedTest
    @CsvSource({"0,0s", "59,59s", "119,119s", "120,2m", "150,2m30s", "599,9m59s", "600,10m", "10799,179m",
            "10800,3h", "11400,3h10m", "28799,7h59m", "28800,8h", "172799,47h", "172800,2d", "180000,2d2h",
            "691199,7d23h", "691200,8d", "63071999,729d", "63072000,2y", "63158400,2y1d", "252288000,8y"})
    void formatsLikeKubectl(long seconds, String expected) {
        assertEquals(expected, HumanDuration.format(Duration.ofSeconds(seconds)));
    }

    @Test
    void negativeDurations() {
        assertEquals("0s", HumanDuration.format(Duration.ofMillis(-500)));
        assertEquals("<invalid>", HumanDuration.format(Duration.ofSeconds(-5)));
    }

    @Test
    void missingOrBadTimestampIsUnknown() {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        assertEquals("<unknown>", HumanDuration.since("", now));
        assertEquals("<unknown>", HumanDuration.since("yesterday", now));
        assertEquals("3d", HumanDuration.since("2025-12-29T00:00:00Z", now));
    }
}
