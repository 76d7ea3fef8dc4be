package io.krmcp.output;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Kubernetes resource quantity ({@code 250m}, {@code 128Mi}, {@code 1e3}) as Go's {@code resource.Quantity}: exact
 * value, the format it was written in, sums that keep the first operand's format, and {@code String()}'s canonical
 * form ({@code 1000m} → {@code 1}, {@code 1024Mi} → {@code 1Gi}, {@code 1536} stays {@code 1536}).
 */
public record Quantity(BigDecimal value, Format format) {

    public enum Format { DECIMAL_SI, BINARY_SI, DECIMAL_EXPONENT }

    public static final Quantity ZERO = new Quantity(BigDecimal.ZERO, Format.DECIMAL_SI);

    private static final Pattern SYNTAX = Pattern.compile("([+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+))([eE][+-]?[0-9]+|[a-zA-Z]*)");
    private static final Map<String, Integer> DECIMAL = Map.of("n", -9, "u", -6, "m", -3, "", 0, "k", 3, "M", 6,
            "G", 9, "T", 12, "P", 15, "E", 18);
    private static final Map<String, Integer> BINARY = Map.of("Ki", 10, "Mi", 20, "Gi", 30, "Ti", 40, "Pi", 50,
            "Ei", 60);
    private static final String[] DECIMAL_SUFFIX = {"n", "u", "m", "", "k", "M", "G", "T", "P", "E"};
    private static final String[] BINARY_SUFFIX = {"", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"};
    private static final BigDecimal KI = BigDecimal.valueOf(1024);

    /** @throws IllegalArgumentException when the text is not a quantity */
    public static Quantity parse(String text) {
        Matcher m = SYNTAX.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("quantities must match the regular expression "
                    + "'^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'");
        }
        BigDecimal number = new BigDecimal(m.group(1));
        String suffix = m.group(2);
        if (DECIMAL.containsKey(suffix)) {
            return new Quantity(number.scaleByPowerOfTen(DECIMAL.get(suffix)), Format.DECIMAL_SI);
        }
        if (BINARY.containsKey(suffix)) {
            return new Quantity(number.multiply(new BigDecimal(BigInteger.TWO.pow(BINARY.get(suffix)))),
                    Format.BINARY_SI);
        }
        if (suffix.startsWith("e") || suffix.startsWith("E")) {
            return new Quantity(number.scaleByPowerOfTen(Integer.parseInt(suffix.substring(1))),
                    Format.DECIMAL_EXPONENT);
        }
        throw new IllegalArgumentException("unable to parse quantity's suffix");
    }

    /** Parses, or zero when the text is empty or not a quantity (as a missing map entry reads in Go). */
    public static Quantity parseOrZero(String text) {
        if (text == null || text.isEmpty()) {
            return ZERO;
        }
        try {
            return parse(text);
        } catch (IllegalArgumentException e) {
            return ZERO;
        }
    }

    /** Go's {@code Add}: the sum, in this quantity's format unless this one is zero. */
    public Quantity plus(Quantity other) {
        return new Quantity(value.add(other.value), value.signum() == 0 ? other.format : format);
    }

    public Quantity max(Quantity other) {
        return value.compareTo(other.value) >= 0 ? this : other;
    }

    public long milliValue() {
        return value.movePointRight(3).setScale(0, RoundingMode.CEILING).longValueExact();
    }

    public long longValue() {
        return value.setScale(0, RoundingMode.CEILING).longValueExact();
    }

    public boolean isZero() {
        return value.signum() == 0;
    }

    @Override
    public String toString() {
        if (value.signum() == 0) {
            return "0";
        }
        boolean integral = value.stripTrailingZeros().scale() <= 0;
        if (format == Format.BINARY_SI && integral && value.abs().compareTo(KI) >= 0) {
            BigDecimal mantissa = value;
            int exponent = 0;
            while (exponent < BINARY_SUFFIX.length - 1 && mantissa.remainder(KI).signum() == 0) {
                mantissa = mantissa.divide(KI);
                exponent++;
            }
            return mantissa.toBigInteger() + BINARY_SUFFIX[exponent];
        }
        // Decimal: the largest power of 1000 (down to nano) that leaves an integer mantissa.
        for (int i = DECIMAL_SUFFIX.length - 1; i >= 0; i--) {
            int exponent = (i - 3) * 3;
            BigDecimal mantissa = value.scaleByPowerOfTen(-exponent);
            if (mantissa.stripTrailingZeros().scale() <= 0 || i == 0) {
                BigInteger whole = mantissa.setScale(0, RoundingMode.CEILING).toBigInteger();
                if (format == Format.DECIMAL_EXPONENT) {
                    return whole + (exponent == 0 ? "" : "e" + exponent);
                }
                return whole + DECIMAL_SUFFIX[i];
            }
        }
        throw new IllegalStateException("unreachable");
    }
}
