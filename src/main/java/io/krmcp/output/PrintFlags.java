package io.krmcp.output;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * kubectl's {@code PrintFlags} for one verb: the printer families it can use. From that one list come the help of
 * its {@code -o} flag, the formats a refusal names, and the parsing of the value into an {@link OutputFormat}.
 * Templates are data: parsed strictly here, never executed; the forms that read files are refused because the server
 * reads no files.
 */
public final class PrintFlags {

    private static final List<String> FILE_FORMATS = List.of("jsonpath-file", "custom-columns-file",
            "go-template-file", "templatefile");
    private static final List<String> GO_TEMPLATES = List.of("go-template", "template");

    private final List<PrinterFamily> families;
    private final UnaryOperator<String> refusal;

    private PrintFlags(List<PrinterFamily> families, UnaryOperator<String> refusal) {
        this.families = List.copyOf(families);
        this.refusal = refusal;
    }

    public static PrintFlags of(PrinterFamily... families) {
        return new PrintFlags(Arrays.asList(families), null);
    }

    /** A verb whose kubectl words the refusal its own way ({@code delete}: "We only support '-o name'"). */
    public PrintFlags refusing(UnaryOperator<String> wording) {
        return new PrintFlags(families, wording);
    }

    public List<PrinterFamily> families() {
        return families;
    }

    /** The formats allowed, as kubectl lists them in its refusal. */
    public List<String> allowedFormats() {
        return PrinterFamily.formatsOf(families);
    }

    /** The {@code -o} flag's help: the formats, a template's argument shown. */
    public String help() {
        List<String> shown = new ArrayList<>();
        for (String format : allowedFormats()) {
            shown.add(PrinterFamily.of(format).takesArgument()
                    ? format + (format.equals("custom-columns") ? "=SPEC" : "=TEMPLATE") : format);
        }
        return "output format: " + String.join(", ", shown);
    }

    /** Whether the value carries a template (data to the policy, never a command). */
    public boolean isTemplate(String value) {
        int eq = value.indexOf('=');
        return eq > 0 && families.stream().anyMatch(f -> f.takesArgument()
                && f.formats().contains(value.substring(0, eq)));
    }

    /** Reads {@code -o}'s value (empty: the verb's default). */
    public OutputFormat parse(String value) throws NoCompatiblePrinterException {
        int eq = value.indexOf('=');
        String format = eq < 0 ? value : value.substring(0, eq);
        String argument = eq < 0 ? "" : unquote(value.substring(eq + 1));
        boolean templates = families.contains(PrinterFamily.TEMPLATE);
        if (templates && FILE_FORMATS.contains(format)) {
            throw new NoCompatiblePrinterException("error: -o " + format + " reads a file, and this server reads no "
                    + "files; pass the template inline, e.g. -o jsonpath='{.items[*].metadata.name}'");
        }
        if (templates && GO_TEMPLATES.contains(format)) {
            throw new NoCompatiblePrinterException("error: -o " + format + " is not supported; use -o "
                    + "jsonpath=TEMPLATE or -o custom-columns=SPEC");
        }
        PrinterFamily family = families.stream().filter(f -> f.formats().contains(format)).findFirst()
                .orElse(null);
        if (value.isEmpty()) {
            return OutputFormat.simple("");
        }
        if (family == null || family.takesArgument() != (eq >= 0)) {
            if (family != null && family.takesArgument()) {
                throw new NoCompatiblePrinterException(format.equals("custom-columns")
                        ? "error: custom-columns format specified but no custom columns given"
                        : "error: template format specified but no template given");
            }
            throw new NoCompatiblePrinterException(refusal != null ? refusal.apply(value)
                    : "error: unable to match a printer suitable for the output format \"" + value
                    + "\", allowed formats are: " + String.join(",", allowedFormats()));
        }
        if (family == PrinterFamily.TEMPLATE) {
            if (argument.isEmpty()) {
                throw new NoCompatiblePrinterException("error: template format specified but no template given");
            }
            try {
                return new OutputFormat(format, Optional.of(JsonPath.parse(argument)), List.of());
            } catch (JsonPath.SyntaxError e) {
                throw new NoCompatiblePrinterException("error: error parsing jsonpath " + argument + ", "
                        + e.getMessage());
            }
        }
        if (family == PrinterFamily.CUSTOM_COLUMNS) {
            return new OutputFormat(format, Optional.empty(), columns(argument));
        }
        return OutputFormat.simple(format);
    }

    /** Agents often keep the shell's single quotes ({@code jsonpath='{...}'}); no shell means none are wanted. */
    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("'") && s.endsWith("'") ? s.substring(1, s.length() - 1) : s;
    }

    private static List<OutputFormat.CustomColumn> columns(String spec) throws NoCompatiblePrinterException {
        if (spec.isBlank()) {
            throw new NoCompatiblePrinterException("error: custom-columns format specified but no custom columns "
                    + "given");
        }
        List<OutputFormat.CustomColumn> out = new ArrayList<>();
        for (String part : spec.split(",")) {
            int colon = part.indexOf(':');
            if (colon <= 0 || colon == part.length() - 1) {
                throw new NoCompatiblePrinterException("error: unexpected custom-columns spec: " + part
                        + ", expected <header>:<json-path-expr>");
            }
            String expr = part.substring(colon + 1).strip();
            try {
                out.add(new OutputFormat.CustomColumn(part.substring(0, colon), JsonPath.parse(
                        expr.startsWith("{") ? expr : "{" + expr + "}")));
            } catch (JsonPath.SyntaxError e) {
                throw new NoCompatiblePrinterException("error: error parsing jsonpath " + expr + ", "
                        + e.getMessage());
            }
        }
        return out;
    }
}
