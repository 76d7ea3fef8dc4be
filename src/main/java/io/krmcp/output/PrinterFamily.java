package io.krmcp.output;

import java.util.ArrayList;
import java.util.List;

/**
 * kubectl's printer families: each owns its formats and how their argument is read. A verb's {@link PrintFlags}
 * lists the families it can print besides its default (no {@code -o}), and that one list gives the {@code -o} help, the refusal's "allowed formats" and
 * what {@code get_config} shows.
 */
public enum PrinterFamily {
    /** a table, what {@code get} prints by default; {@code wide} adds columns */
    HUMAN(List.of("wide")),
    /** the object itself */
    DATA(List.of("json", "yaml")),
    /** {@code TYPE/NAME} per object */
    NAME(List.of("name")),
    /** a JSONPath template given inline */
    TEMPLATE(List.of("jsonpath", "jsonpath-as-json")),
    /** {@code HEADER:.json.path,...} columns */
    CUSTOM_COLUMNS(List.of("custom-columns")),
    /** explain's text, its only format */
    PLAINTEXT(List.of("plaintext"));

    private final List<String> formats;

    PrinterFamily(List<String> formats) {
        this.formats = formats;
    }

    public List<String> formats() {
        return formats;
    }

    /** Whether a format of this family is written {@code FORMAT=ARGUMENT}. */
    public boolean takesArgument() {
        return this == TEMPLATE || this == CUSTOM_COLUMNS;
    }

    /** The family of a format; the empty format, a verb's default, counts as human-readable. */
    static PrinterFamily of(String format) {
        if (format.isEmpty()) {
            return HUMAN;
        }
        for (PrinterFamily family : values()) {
            if (family.formats.contains(format)) {
                return family;
            }
        }
        throw new IllegalArgumentException("no printer family prints " + format);
    }

    /** The formats of these families as kubectl lists them: sorted, the default left out. */
    static List<String> formatsOf(List<PrinterFamily> families) {
        List<String> out = new ArrayList<>();
        families.forEach(f -> out.addAll(f.formats));
        out.sort(null);
        return out;
    }
}
