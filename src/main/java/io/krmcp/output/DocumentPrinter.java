package io.krmcp.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * The printers of one JSON document ({@link PrinterFamily#DATA} and {@link PrinterFamily#TEMPLATE}): JSON, YAML, a
 * JSONPath template's text or its values as JSON. managedFields are left out unless asked for, as kubectl does.
 */
public final class DocumentPrinter {

    private final JsonPrinter json;
    private final YamlPrinter yaml = new YamlPrinter();

    public DocumentPrinter(JsonPrinter json) {
        this.json = json;
    }

    public String print(OutputFormat format, JsonNode document, boolean showManagedFields) {
        return switch (format.name()) {
            case "json" -> json.print(document, showManagedFields);
            case "yaml" -> yaml.print(document, showManagedFields);
            case "jsonpath" -> format.template().orElseThrow().render(document);
            case "jsonpath-as-json" -> json.print(JsonNodeFactory.instance.arrayNode()
                    .addAll(format.template().orElseThrow().values(document)));
            default -> throw new IllegalArgumentException(format.name() + " does not print documents");
        };
    }
}
