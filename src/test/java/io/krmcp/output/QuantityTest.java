package io.krmcp.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Go's {@code resource.Quantity} canonical strings and sums. */
class QuantityTest {

    @ParameterizedTest
    @CsvSource({
            "1000m, 1", "0.5, 500m", "1.5, 1500m", "2000, 2k", "1500, 1500", "100m, 100m", "0, 0",
            "1024Mi, 1Gi", "1536Mi, 1536Mi", "1536, 1536", "1024, 1024", "1Ki, 1Ki", "512, 512", "16290956Ki, 16290956Ki",
            "1e3, 1e3", "1.5e3, 1500", "1M, 1M", "1000k, 1M", "5n, 5n"})
    void canonicalForm(String given, String expected) {
        assertEquals(expected, Quantity.parse(given).toString());
    }

    @Test
    void sumsKeepTheFirstNonZeroFormat() {
        Quantity mem = Quantity.parse("128Mi").plus(Quantity.parse("128Mi"));
        assertEquals("256Mi", mem.toString());
        assertEquals("250m", Quantity.ZERO.plus(Quantity.parse("100m")).plus(Quantity.parse("150m")).toString());
        assertEquals("1G", Quantity.parse("500M").plus(Quantity.parse("500M")).toString());
        assertEquals(1_073_741_824L, Quantity.parse("1Gi").longValue());
        assertEquals(250, Quantity.parse("250m").milliValue());
    }

    @Test
    void rejectsWhatIsNotAQuantity() {
        assertThrows(IllegalArgumentException.class, () -> Quantity.parse("12 apples"));
        assertThrows(IllegalArgumentException.class, () -> Quantity.parse("5Xi"));
        assertEquals(Quantity.ZERO, Quantity.parseOrZero("nope"));
    }
}
