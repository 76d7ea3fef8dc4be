package io.krmcp.verbs.get;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.krmcp.output.JsonPath;
import io.krmcp.verbs.VerbException;

/**
 * {@code -o}: the printer family and, for templates, the parsed template. Templates are data: parsed strictly here,
 * never executed, and the file-reading forms are refused because the server reads no files.
 *
 * @param name table, wide, json, yaml, name, jsonpath, jsonpath-as-json or custom-columns
 * @param template for jsonpath and jsonpath-as-json
 * @param columns for custom-columns
 */
public record OutputFormat(String name, Optional<JsonPath> template, List<CustomColumn> columns) {

    /** One {@code HEADER:.json.path} column. */
    public record CustomColumn(String header, JsonPath path) {
    }

    static final List<String> ALLOWED = List.of("custom-columns", "json", "jsonpath", "jsonpath-as-json", "name",
            "wide", "yaml");
    private static final List<String> FILE_FORMATS = List.of("jsonpath-file", "custom-columns-file",
            "go-template-file", "templatefile");
    private static final List<String> GO_TEMPLATES = List.of("go-template", "template");

    static boolean isTemplate(String value) {
        return value.startsWith("jsonpath=") || value.startsWith("jsonpath-as-json=")
                || value.startsWith("custom-columns=");
    }

    public boolean human() {
        return name.equals("table") || name.equals("wide");
    }

    static OutputFormat parse(String value) throws VerbException {
        if (value.isEmpty()) {
            return simple("table");
        }
        int eq = value.indexOf('=');
        String family = eq < 0 ? value : value.substring(0, eq);
        String argument = eq < 0 ? "" : unquote(value.substring(eq + 1));
        if (FILE_FORMATS.contains(family)) {
            throw VerbException.usage("error: -o " + family + " reads a file, and this server reads no files; pass "
                    + "the template inline, e.g. -o jsonpath='{.items[*].metadata.name}'");
        }
        if (GO_TEMPLATES.contains(family)) {
            throw VerbException.usage("error: -o " + family + " is not supported; use -o jsonpath=TEMPLATE or "
                    + "-o custom-columns=SPEC");
        }
        switch (family) {
            case "json", "yaml", "name", "wide" -> {
                if (eq >= 0) {
                    break;
                }
                return simple(family);
            }
            case "jsonpath", "jsonpath-as-json" -> {
                if (argument.isEmpty()) {
                    throw VerbException.usage("error: template format specified but no template given");
                }
                try {
                    return new OutputFormat(family, Optional.of(JsonPath.parse(argument)), List.of());
                } catch (JsonPath.SyntaxError e) {
                    throw VerbException.usage("error: error parsing jsonpath " + argument + ", " + e.getMessage());
                }
            }
            case "custom-columns" -> {
                return new OutputFormat(family, Optional.empty(), columns(argument));
            }
            default -> {
            }
        }
        throw VerbException.usage("error: unable to match a printer suitable for the output format \"" + value
                + "\", allowed formats are: " + String.join(",", ALLOWED));
    }

    private static OutputFormat simple(String name) {
        return new OutputFormat(name, Optional.empty(), List.of());
    }

    /** Agents often keep the shell's single quotes ({@code jsonpath='{...}'}); no shell means none are wanted. */
    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("'") && s.endsWith("'") ? s.substring(1, s.length() - 1) : s;
    }

    private static List<CustomColumn> columns(String spec) throws VerbException {
        if (spec.isBlank()) {
            throw VerbException.usage("error: custom-columns format specified but no custom columns given");
        }
        List<CustomColumn> out = new ArrayList<>();
        for (String part : spec.split(",")) {
            int colon = part.indexOf(':');
            if (colon <= 0 || colon == part.length() - 1) {
                throw VerbException.usage("error: unexpected custom-columns spec: " + part
                        + ", expected <header>:<json-path-expr>");
            }
            String expr = part.substring(colon + 1).strip();
            String template = expr.startsWith("{") ? expr : "{" + expr + "}";
            try {
                out.add(new CustomColumn(part.substring(0, colon), JsonPath.parse(template)));
            } catch (JsonPath.SyntaxError e) {
                throw VerbException.usage("error: error parsing jsonpath " + expr + ", " + e.getMessage());
            }
        }
        return out;
    }
}
