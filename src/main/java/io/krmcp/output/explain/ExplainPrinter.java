package io.krmcp.output.explain;

import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code kubectl explain}'s plaintext rendering of an OpenAPI v3 group-version document, written after kubectl's
 * {@code plaintext.tmpl}: the kind's header, then either the description and field list of the type, or, along a
 * field path, the field's type and its own description and fields; {@code --recursive} prints field names only,
 * nested. Pure: the document comes in, text goes out.
 */
public final class ExplainPrinter {

    private static final String SCHEMA_REF_PREFIX = "#/components/schemas/";
    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    /** What to explain: a resource's group, version and plural name, and the field path below it. */
    public record Request(String group, String version, String resource, List<String> fieldPath, boolean recursive,
                          int maxDepth) {
        String gvr() {
            return group + "/" + version + ", Resource=" + resource;
        }
    }

    /** A refusal worded as kubectl's explain words it ({@code error: field "x" does not exist}). */
    public static final class ExplainException extends Exception {
        public ExplainException(String message) {
            super(message, null, false, false);
        }
    }

    private final JsonNode document;
    private final Request request;

    private ExplainPrinter(JsonNode document, Request request) {
        this.document = document;
        this.request = request;
    }

    public static String render(JsonNode document, Request request) throws ExplainException {
        return new ExplainPrinter(document, request).render();
    }

    private String render() throws ExplainException {
        JsonNode gvk = findGvk();
        if (gvk == null || gvk.isNull()) {
            throw new ExplainException("error: GVR (" + request.gvr() + ") not found in OpenAPI schema");
        }
        StringBuilder out = new StringBuilder();
        if (!gvk.path("group").asText("").isEmpty()) {
            out.append("GROUP:      ").append(gvk.path("group").asText()).append('\n');
        }
        out.append("KIND:       ").append(gvk.path("kind").asText()).append('\n');
        out.append("VERSION:    ").append(gvk.path("version").asText()).append("\n\n");
        for (Map.Entry<String, JsonNode> entry : sorted(document.path("components").path("schemas")).entrySet()) {
            if (!containsGvk(entry.getValue().path("x-kubernetes-group-version-kind"), gvk)) {
                continue;
            }
            String body = output(entry.getValue(), Set.of(), request.fieldPath());
            if (body.isEmpty()) {
                throw new ExplainException("error: field \"" + request.fieldPath().get(request.fieldPath().size() - 1)
                        + "\" does not exist");
            }
            return out.append(body).append('\n').toString();
        }
        throw new ExplainException("error: GVK map[group:" + gvk.path("group").asText() + " kind:"
                + gvk.path("kind").asText() + " version:" + gvk.path("version").asText()
                + "] not found in OpenAPI schema");
    }

    /** The kind served at the resource's paths, as the template finds it (the last path searched wins). */
    private JsonNode findGvk() {
        String prefix = request.group().isEmpty() ? "/api" : "/apis/" + request.group();
        String base = prefix + "/" + request.version();
        List<String> searched = List.of(base + "/" + request.resource(), base + "/" + request.resource() + "/{name}",
                base + "/namespaces/{namespace}/" + request.resource(),
                base + "/namespaces/{namespace}/" + request.resource() + "/{name}");
        JsonNode gvk = null;
        for (String path : searched) {
            JsonNode element = document.path("paths").get(path);
            if (element == null) {
                continue;
            }
            for (String method : METHODS) {
                JsonNode operation = element.get(method);
                if (operation == null) {
                    continue;
                }
                gvk = operation.get("x-kubernetes-group-version-kind");
                if (gvk != null && !gvk.isNull()) {
                    break;
                }
            }
        }
        return gvk;
    }

    private static boolean containsGvk(JsonNode list, JsonNode gvk) {
        for (JsonNode item : list) {
            if (item.equals(gvk)) {
                return true;
            }
        }
        return false;
    }

    private JsonNode resolve(String ref) {
        if (ref == null || !ref.startsWith(SCHEMA_REF_PREFIX)) {
            return null;
        }
        JsonNode found = document.path("components").path("schemas").get(ref.substring(SCHEMA_REF_PREFIX.length()));
        return found == null || !found.isObject() ? null : found;
    }

    private static String ref(JsonNode schema) {
        return schema.path("$ref").asText("");
    }

    private static boolean isObject(JsonNode node) {
        return node != null && node.isObject();
    }

    private static Set<String> with(Set<String> history, String ref) {
        Set<String> next = new HashSet<>(history);
        next.add(ref);
        return next;
    }

    /** The {@code output} template: follow the field path, then describe what it ends at. */
    private String output(JsonNode schema, Set<String> history, List<String> fieldPath) {
        String ref = ref(schema);
        Set<String> next = with(history, ref);
        JsonNode resolved = resolve(ref);
        if (resolved == null) {
            resolved = schema;
        }
        if (fieldPath.isEmpty()) {
            StringBuilder out = new StringBuilder("DESCRIPTION:\n");
            String description = description(resolved);
            out.append(indent(4, WordWrap.wrap(description.isEmpty() ? "<empty>" : description, 76))).append('\n');
            String docs = externalDocs(resolved);
            if (!docs.isEmpty()) {
                out.append('\n').append(docs);
            }
            String fields = fieldList(resolved, 1, Set.of());
            if (!fields.isEmpty()) {
                out.append("FIELDS:\n").append(fields);
            }
            return out.toString();
        }
        if (!ref.isEmpty() && history.contains(ref)) {
            return "";
        }
        JsonNode properties = resolved.path("properties");
        if (properties.has(fieldPath.get(0))) {
            JsonNode sub = properties.get(fieldPath.get(0));
            StringBuilder out = new StringBuilder();
            if (fieldPath.size() == 1) {
                out.append("FIELD: ").append(fieldPath.get(0)).append(" <").append(typeGuess(sub)).append(">\n")
                        .append(enumeration(sub, true, -1, 0)).append("\n\n");
            }
            return out.append(output(sub, Set.of(), fieldPath.subList(1, fieldPath.size()))).toString();
        }
        if (resolved.has("items") && isObject(resolved.get("items"))) {
            return output(resolved.get("items"), next, fieldPath);
        }
        if (isObject(resolved.get("additionalProperties"))) {
            return output(resolved.get("additionalProperties"), next, fieldPath);
        }
        for (JsonNode alternative : resolved.path("allOf")) {
            String out = output(alternative, next, fieldPath);
            if (!out.isEmpty()) {
                return out;
            }
        }
        return "";
    }

    /** The {@code description} template: this schema's, then those of what it is made of. */
    private String description(JsonNode schema) {
        JsonNode s = resolve(schema.path("$ref").isTextual() ? schema.path("$ref").asText() : null);
        if (s == null) {
            s = schema;
        }
        StringBuilder out = new StringBuilder();
        String own = s.path("description").asText("");
        if (!own.isEmpty()) {
            out.append(own).append('\n');
        }
        for (JsonNode part : s.path("allOf")) {
            out.append(description(part));
        }
        if (isObject(s.get("items"))) {
            out.append(description(s.get("items")));
        }
        if (isObject(s.get("additionalProperties"))) {
            out.append(description(s.get("additionalProperties")));
        }
        return out.toString();
    }

    private String fieldList(JsonNode schema, int level, Set<String> history) {
        String ref = ref(schema);
        if (!ref.isEmpty() && history.contains(ref)) {
            return "";
        }
        Set<String> next = with(history, ref);
        JsonNode resolved = resolve(ref);
        if (resolved == null) {
            resolved = schema;
        }
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, JsonNode> property : sorted(resolved.path("properties")).entrySet()) {
            out.append(fieldDetail(property.getKey(), resolved, level));
            if (request.recursive() && (request.maxDepth() == 0 || level < request.maxDepth())) {
                out.append(fieldList(property.getValue(), level + 1, next));
            }
        }
        for (JsonNode part : resolved.path("allOf")) {
            out.append(fieldList(part, level, next));
        }
        if (isObject(resolved.get("items"))) {
            out.append(fieldList(resolved.get("items"), level, next));
        }
        if (isObject(resolved.get("additionalProperties"))) {
            out.append(fieldList(resolved.get("additionalProperties"), level, next));
        }
        return out.toString();
    }

    private String fieldDetail(String name, JsonNode parent, int level) {
        int indent = level * 2;
        JsonNode field = parent.path("properties").path(name);
        StringBuilder out = new StringBuilder(indent(indent, name)).append("\t<").append(typeGuess(field)).append('>');
        for (JsonNode required : parent.path("required")) {
            if (required.asText().equals(name)) {
                out.append(" -required-");
                break;
            }
        }
        out.append(enumeration(field, false, 4, indent)).append('\n');
        if (!request.recursive()) {
            String description = field.path("description").asText("");
            out.append(indent(indent + 2, WordWrap.wrap(description.isEmpty() ? "<no description>" : description,
                    78 - indent))).append('\n');
            JsonNode docs = field.path("externalDocs");
            if (docs.isObject()) {
                out.append('\n').append(indent(indent + 2, "EXTERNAL DOCS:")).append('\n');
                if (!docs.path("description").asText("").isEmpty()) {
                    out.append(indent(indent + 4, WordWrap.wrap(docs.path("description").asText(), 76 - indent)))
                            .append('\n');
                }
                if (!docs.path("url").asText("").isEmpty()) {
                    out.append(indent(indent + 4, "URL: " + docs.path("url").asText())).append('\n');
                }
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String externalDocs(JsonNode schema) {
        JsonNode docs = schema.path("externalDocs");
        if (!docs.isObject()) {
            return "";
        }
        StringBuilder out = new StringBuilder("EXTERNAL DOCS:\n");
        if (!docs.path("description").asText("").isEmpty()) {
            out.append(indent(4, WordWrap.wrap(docs.path("description").asText(), 76))).append('\n');
        }
        if (!docs.path("url").asText("").isEmpty()) {
            out.append(indent(4, "URL: " + docs.path("url").asText())).append('\n');
        }
        return out.toString();
    }

    /** The {@code typeGuess} template: {@code string}, {@code Object}, {@code []Container}, {@code map[string]string}. */
    private String typeGuess(JsonNode schema) {
        if (isObject(schema.get("items"))) {
            return "[]" + typeGuess(schema.get("items"));
        }
        if (isObject(schema.get("additionalProperties"))) {
            return "map[string]" + typeGuess(schema.get("additionalProperties"));
        }
        if (schema.path("allOf").size() == 1 && !schema.has("properties")) {
            return typeGuess(schema.path("allOf").get(0));
        }
        String ref = ref(schema);
        if (!ref.isEmpty()) {
            JsonNode target = resolve(ref);
            String type = target == null ? "" : target.path("type").asText("");
            if (target == null || type.isEmpty() || type.equals("object")) {
                String name = ref.substring(ref.lastIndexOf('/') + 1);
                String last = name.substring(name.lastIndexOf('.') + 1);
                return last.isEmpty() ? "Object" : last;
            }
            return type;
        }
        String type = schema.path("type").asText("");
        return type.isEmpty() || type.equals("object") ? "Object" : type;
    }

    /** {@code ENUM:} lines under a field's header, or {@code enum: a, b, c, d, ....} under a list entry. */
    private static String enumeration(JsonNode schema, boolean longView, int limit, int indent) {
        JsonNode values = schema.path("enum");
        if (!values.isArray() || values.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(longView ? "ENUM:" : "\n" + " ".repeat(indent) + "enum: ");
        int index = 0;
        for (Iterator<JsonNode> it = values.elements(); it.hasNext(); index++) {
            JsonNode value = it.next();
            if (limit > -1 && index >= limit) {
                out.append(", ....");
                break;
            }
            if (index > 0 && !longView) {
                out.append(", ");
            } else if (longView) {
                out.append("\n    ");
            }
            out.append(value.isTextual() && value.asText().isEmpty() ? "\"\"" : value.asText());
        }
        return out.toString();
    }

    /** kubectl's {@code indent}: every line, the first included, gets the padding. */
    static String indent(int amount, String text) {
        String pad = " ".repeat(amount);
        return pad + text.replace("\n", "\n" + pad);
    }

    /** Go templates range over maps in key order. */
    private static Map<String, JsonNode> sorted(JsonNode object) {
        Map<String, JsonNode> out = new TreeMap<>();
        object.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
