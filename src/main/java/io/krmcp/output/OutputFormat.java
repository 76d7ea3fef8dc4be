package io.krmcp.output;

import java.util.List;
import java.util.Optional;

import io.krmcp.kube.Projection;

/**
 * A parsed {@code -o}: the format, and for templates the parsed template. Built only by {@link PrintFlags}, which
 * knows the formats a verb allows.
 *
 * @param name the format: empty for the verb's default, else wide, json, yaml, name, jsonpath, jsonpath-as-json,
 *             custom-columns or plaintext
 * @param template for jsonpath and jsonpath-as-json
 * @param columns for custom-columns
 */
public record OutputFormat(String name, Optional<JsonPath> template, List<CustomColumn> columns) {

    /** One {@code HEADER:.json.path} column. */
    public record CustomColumn(String header, JsonPath path) {
    }

    public OutputFormat {
        columns = List.copyOf(columns);
    }

    private static final String MANAGED_FIELDS = "managedFields";

    static OutputFormat simple(String name) {
        return new OutputFormat(name, Optional.empty(), List.of());
    }

    public PrinterFamily family() {
        return PrinterFamily.of(name);
    }

    /** A table, plain or wide: what a verb prints when no {@code -o} is given. */
    public boolean human() {
        return family() == PrinterFamily.HUMAN;
    }

    /** A printer of one JSON document: json, yaml or a JSONPath template. */
    public boolean document() {
        return family() == PrinterFamily.DATA || family() == PrinterFamily.TEMPLATE;
    }

    /**
     * Whether this printer may show {@code metadata.managedFields}: kubectl leaves them out of json and yaml unless
     * {@code --show-managed-fields}; a template or a custom column shows them if it names them or prints a value
     * that holds them ({@link JsonPath#mayPrintField}).
     */
    public boolean mayShowManagedFields(boolean showManagedFields) {
        return switch (family()) {
            case TEMPLATE -> template.map(t -> t.mayPrintField(MANAGED_FIELDS)).orElse(true);
            case CUSTOM_COLUMNS -> columns.stream().anyMatch(c -> c.path().mayPrintField(MANAGED_FIELDS));
            case DATA -> showManagedFields;
            default -> false;
        };
    }

    /**
     * What this printer reads of each object of a list: {@code -o name} the name, a template or custom columns the
     * fields their paths name ({@link JsonPath#listItemFields}, {@link JsonPath#objectFields}); everything else
     * (tables from plain lists, json, yaml) the whole object.
     */
    public Projection itemFields() {
        return switch (family()) {
            case NAME -> Projection.of(List.of(List.of("metadata", "name")));
            case TEMPLATE -> template.map(JsonPath::listItemFields).orElse(Projection.all());
            case CUSTOM_COLUMNS -> columns.stream().map(c -> c.path().objectFields())
                    .reduce(Projection.of(List.of()), Projection::union);
            default -> Projection.all();
        };
    }

    public boolean is(String format) {
        return name.equals(format);
    }
}
