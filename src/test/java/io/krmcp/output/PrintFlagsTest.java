package io.krmcp.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Each printer family with its formats: what a verb's {@code -o} accepts, what its help and refusal list (one list
 * for both), how templates and columns are read, and what the document printers print.
 */
class PrintFlagsTest {

    static final PrintFlags GET = PrintFlags.of(PrinterFamily.HUMAN, PrinterFamily.DATA, PrinterFamily.NAME,
            PrinterFamily.TEMPLATE, PrinterFamily.CUSTOM_COLUMNS);
    static final PrintFlags PATCH = PrintFlags.of(PrinterFamily.DATA, PrinterFamily.NAME);
    static final PrintFlags SCALE = PrintFlags.of(PrinterFamily.NAME);

    static String refusal(PrintFlags flags, String value) {
        return assertThrows(NoCompatiblePrinterException.class, () -> flags.parse(value)).getMessage();
    }

    @Test
    void theAllowedFormatsComeFromTheFamiliesAndDriveHelpAndRefusal() {
        assertEquals(List.of("custom-columns", "json", "jsonpath", "jsonpath-as-json", "name", "wide", "yaml"),
                GET.allowedFormats());
        assertEquals("output format: custom-columns=SPEC, json, jsonpath=TEMPLATE, jsonpath-as-json=TEMPLATE, name, "
                + "wide, yaml", GET.help());
        assertEquals("output format: json, name, yaml", PATCH.help());
        assertEquals("error: unable to match a printer suitable for the output format \"jsonpath\", allowed formats "
                + "are: json,name,yaml", refusal(PATCH, "jsonpath"));
        assertEquals("error: unable to match a printer suitable for the output format \"wide\", allowed formats "
                + "are: name", refusal(SCALE, "wide"));
        assertEquals("error: unable to match a printer suitable for the output format \"json=x\", allowed formats "
                + "are: json,name,yaml", refusal(PATCH, "json=x"));
        PrintFlags delete = SCALE.refusing(f -> "error: unexpected -o output mode: " + f + ". We only support '-o name'");
        assertEquals("error: unexpected -o output mode: yaml. We only support '-o name'", refusal(delete, "yaml"));
    }

    @Test
    void eachFormatParsesIntoItsFamily() throws Exception {
        assertEquals(PrinterFamily.HUMAN, GET.parse("").family());
        assertTrue(GET.parse("").human());
        assertTrue(GET.parse("wide").human());
        assertEquals(PrinterFamily.DATA, GET.parse("yaml").family());
        assertTrue(GET.parse("json").document());
        assertEquals(PrinterFamily.NAME, SCALE.parse("name").family());
        assertEquals("", SCALE.parse("").name());
        OutputFormat template = GET.parse("jsonpath='{.metadata.name}'");
        assertEquals(PrinterFamily.TEMPLATE, template.family());
        assertTrue(template.template().isPresent());
        OutputFormat columns = GET.parse("custom-columns=NAME:.metadata.name,NS:{.metadata.namespace}");
        assertEquals(List.of("NAME", "NS"), columns.columns().stream().map(OutputFormat.CustomColumn::header).toList());
    }

    @Test
    void templatesAreDataParsedStrictlyAndNeverReadFromFiles() {
        assertTrue(GET.isTemplate("jsonpath={.a}"));
        assertTrue(GET.isTemplate("custom-columns=A:.a"));
        assertFalse(GET.isTemplate("json"));
        assertFalse(PATCH.isTemplate("jsonpath={.a}"));
        assertTrue(refusal(GET, "jsonpath-file=/etc/passwd").contains("reads a file, and this server reads no files"));
        assertTrue(refusal(GET, "go-template={{.a}}").contains("is not supported; use -o jsonpath=TEMPLATE"));
        assertEquals("error: template format specified but no template given", refusal(GET, "jsonpath"));
        assertEquals("error: template format specified but no template given", refusal(GET, "jsonpath="));
        assertEquals("error: custom-columns format specified but no custom columns given",
                refusal(GET, "custom-columns="));
        assertTrue(refusal(GET, "custom-columns=NAME").startsWith("error: unexpected custom-columns spec: NAME"));
        assertTrue(refusal(GET, "jsonpath={.a[}").startsWith("error: error parsing jsonpath {.a[}"));
        assertTrue(refusal(SCALE, "go-template={{.a}}").startsWith("error: unable to match a printer"));
    }

    @Test
    void theDocumentPrintersPrintOneDocument() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        DocumentPrinter printer = new DocumentPrinter(new JsonPrinter(mapper));
        JsonNode doc = mapper.readTree("{\"kind\":\"Pod\",\"metadata\":{\"name\":\"web\",\"managedFields\":[{}]}}");
        assertEquals("{\n    \"kind\": \"Pod\",\n    \"metadata\": {\n        \"name\": \"web\"\n    }\n}\n",
                printer.print(GET.parse("json"), doc, false));
        assertTrue(printer.print(GET.parse("yaml"), doc, true).contains("managedFields"));
        assertEquals("kind: Pod\nmetadata:\n  name: web\n", printer.print(GET.parse("yaml"), doc, false));
        assertEquals("web", printer.print(GET.parse("jsonpath={.metadata.name}"), doc, false));
        assertEquals("[\n    \"web\"\n]\n", printer.print(GET.parse("jsonpath-as-json={.metadata.name}"), doc, false));
        assertThrows(IllegalArgumentException.class, () -> printer.print(GET.parse("name"), doc, false));
    }
}
