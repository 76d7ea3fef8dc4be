package io.krmcp.command;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Go's {@code time.ParseDuration} subset kubectl flags take: {@code 300ms}, {@code 1.5h}, {@code 2h45m}, {@code 0}. */
public final class GoDuration {

    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ns|us|µs|ms|s|m|h)");

    private GoDuration() {
    }

    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public static Duration parse(String text) {
        if (text.equals("0")) {
            return Duration.ZERO;
        }
        Matcher m = PART.matcher(text);
        int pos = 0;
        double nanos = 0;
        while (pos < text.length()) {
            if (!m.find(pos) || m.start() != pos) {
                throw new IllegalArgumentException("invalid duration \"" + text + "\"");
            }
            double n = Double.parseDouble(m.group(1));
            nanos += n * switch (m.group(2)) {
                case "ns" -> 1;
                case "us", "µs" -> 1_000;
                case "ms" -> 1_000_000;
                case "s" -> 1_000_000_000L;
                case "m" -> 60_000_000_000L;
                default -> 3_600_000_000_000L;
            };
            pos = m.end();
        }
        if (pos == 0) {
            throw new IllegalArgumentException("invalid duration \"" + text + "\"");
        }
        return Duration.ofNanos((long) nanos);
    }

    /** Go's {@code Duration.String} from a second up: {@code 1h2m3s}, {@code 2m0s}, {@code 1.5s}. */
    public static String format(Duration d) {
        long s = d.getSeconds();
        String seconds = BigDecimal.valueOf(s % 60).add(BigDecimal.valueOf(d.getNano(), 9))
                .stripTrailingZeros().toPlainString();
        if (s >= 3600) {
            return s / 3600 + "h" + s % 3600 / 60 + "m" + seconds + "s";
        }
        if (s >= 60) {
            return s / 60 + "m" + seconds + "s";
        }
        return seconds + "s";
    }
}
