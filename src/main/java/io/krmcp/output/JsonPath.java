package io.krmcp.output;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.krmcp.kube.Projection;

/**
 * kubectl's JSONPath templates ({@code k8s.io/client-go/util/jsonpath}): text with {@code {...}} actions holding
 * field paths ({@code .a.b}, {@code ['k.e.y']}, {@code [*]}, {@code [0]}, {@code [1:3]}, {@code [-1:]}, {@code ..x},
 * {@code .*}), filters ({@code [?(@.type=="Ready")]}), {@code {range ...}}...{@code {end}}, string literals
 * ({@code {"\n"}}) and {@code {@}}. Missing keys print nothing, as kubectl's default
 * {@code --allow-missing-template-keys=true}. The template is parsed strictly up front: it is data, never code.
 */
public final class JsonPath {

    /** A template that does not parse; the message says where. */
    public static final class SyntaxError extends Exception {
        SyntaxError(String message) {
            super(message, null, false, false);
        }
    }

    private sealed interface Node permits Text, Path, Range {
    }

    private record Text(String value) implements Node {
    }

    /** Steps from the current value ({@code @}, {@code $} and a leading {@code .} all start there, as in kubectl). */
    private record Path(List<Step> steps) implements Node {
    }

    private record Range(Path over, List<Node> body) implements Node {
    }

    private sealed interface Step permits Field, Index, Slice, Wildcard, Recursive, Filter {
    }

    private record Field(String name) implements Step {
    }

    private record Index(int index) implements Step {
    }

    private record Slice(Integer from, Integer to) implements Step {
    }

    private record Wildcard() implements Step {
    }

    private record Recursive(String name) implements Step {
    }

    private record Filter(Path left, String op, Object right) implements Step {
    }

    private final List<Node> nodes;

    private JsonPath(List<Node> nodes) {
        this.nodes = nodes;
    }

    public static JsonPath parse(String template) throws SyntaxError {
        Parser p = new Parser(template);
        List<Node> nodes = p.nodes(false);
        return new JsonPath(nodes);
    }

    /**
     * Whether what this template prints may hold a field of this name: it names the field (in a step or a filter),
     * descends recursively, or prints a whole value that may hold it (the document, an element, an object's
     * {@code metadata} or {@code items}). A range's elements are not printed, only its body. True when unsure.
     */
    public boolean mayPrintField(String field) {
        return mayPrint(nodes, field);
    }

    /** Whether reading this template's values may need a field of this name: it names it or descends recursively. */
    public boolean mayRead(String field) {
        for (Node n : nodes) {
            if (n instanceof Path p && names(p, field) || n instanceof Range r && (names(r.over(), field)
                    || mayPrint(r.body(), field))) {
                return true;
            }
        }
        return false;
    }

    private static boolean mayPrint(List<Node> nodes, String field) {
        for (Node n : nodes) {
            if (n instanceof Path p && (names(p, field) || p.steps().isEmpty()
                    || !(p.steps().get(p.steps().size() - 1) instanceof Field last)
                    || last.name().equals("metadata") || last.name().equals("items"))) {
                return true;
            }
            if (n instanceof Range r && (names(r.over(), field) || mayPrint(r.body(), field))) {
                return true;
            }
        }
        return false;
    }

    private static boolean names(Path path, String field) {
        for (Step step : path.steps()) {
            if (step instanceof Recursive || step instanceof Field f && f.name().equals(field)
                    || step instanceof Filter f && (names(f.left(), field)
                    || f.right() instanceof Path right && names(right, field))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The fields of each list item this template reads when it prints a List ({@code get} of a collection): what
     * paths under {@code .items[...]} and ranges over the items name, each taken whole at its end. The whole item
     * when the template prints an item, the items or the document, descends recursively, or does anything this does
     * not follow.
     */
    public Projection listItemFields() {
        List<List<String>> paths = new ArrayList<>();
        for (Node node : nodes) {
            if (!listItemPaths(node, paths)) {
                return Projection.all();
            }
        }
        return Projection.of(paths);
    }

    /** The fields this template reads of the one object it is evaluated against (a custom column's). */
    public Projection objectFields() {
        List<List<String>> paths = new ArrayList<>();
        for (Node node : nodes) {
            objectPaths(node, List.of(), paths);
        }
        return Projection.of(paths);
    }

    /** @return false when the node may read more of an item than can be said */
    private static boolean listItemPaths(Node node, List<List<String>> out) {
        if (node instanceof Text) {
            return true;
        }
        Range range = node instanceof Range r ? r : null;
        List<Step> steps = range != null ? range.over().steps() : ((Path) node).steps();
        if (steps.isEmpty() || !(steps.get(0) instanceof Field first)) {
            return false;
        }
        if (!first.name().equals("items")) {
            // a field of the List itself (.kind, .metadata.resourceVersion) reads no item
            return range == null;
        }
        if (steps.size() == 1) {
            if (range == null) {
                return false;
            }
        } else {
            Step element = steps.get(1);
            if (element instanceof Filter filter) {
                objectPaths(filter.left(), List.of(), out);
            } else if (!(element instanceof Index || element instanceof Slice || element instanceof Wildcard)) {
                return false;
            }
            if (steps.size() == 2 && range == null) {
                return false;
            }
        }
        if (range != null && steps.size() <= 2) {
            range.body().forEach(n -> objectPaths(n, List.of(), out));
        } else {
            // a path into each item, or a range over values inside the items (taken whole)
            objectPaths(new Path(steps.subList(2, steps.size())), List.of(), out);
        }
        return true;
    }

    /** The paths a node reads of the object it is evaluated against, each under {@code prefix}. */
    private static void objectPaths(Node node, List<String> prefix, List<List<String>> out) {
        if (node instanceof Range range) {
            // the body reads inside the values ranged over: they are taken whole
            objectPaths(range.over(), prefix, out);
            return;
        }
        if (!(node instanceof Path path)) {
            return;
        }
        List<String> fields = new ArrayList<>(prefix);
        for (Step step : path.steps()) {
            if (step instanceof Field f) {
                fields.add(f.name());
            } else if (step instanceof Filter f) {
                objectPaths(f.left(), fields, out);
            } else if (step instanceof Wildcard || step instanceof Recursive) {
                break;
            }
            // an index or a slice picks elements of an array: a projection applies to each element alike
        }
        out.add(List.copyOf(fields));
    }

    /** Renders the template against a document. */
    public String render(JsonNode root) {
        StringBuilder out = new StringBuilder();
        render(nodes, root, out);
        return out.toString();
    }

    /** The values every action yields, in order: {@code -o jsonpath-as-json} and custom columns. */
    public List<JsonNode> values(JsonNode root) {
        List<JsonNode> out = new ArrayList<>();
        collect(nodes, root, out);
        return out;
    }

    private static void collect(List<Node> nodes, JsonNode current, List<JsonNode> out) {
        for (Node node : nodes) {
            if (node instanceof Path path) {
                out.addAll(evaluate(path, current));
            } else if (node instanceof Range range) {
                for (JsonNode item : rangeItems(range, current)) {
                    collect(range.body(), item, out);
                }
            }
        }
    }

    private static void render(List<Node> nodes, JsonNode current, StringBuilder out) {
        for (Node node : nodes) {
            if (node instanceof Text text) {
                out.append(text.value());
            } else if (node instanceof Path path) {
                List<String> parts = new ArrayList<>();
                for (JsonNode v : evaluate(path, current)) {
                    parts.add(text(v));
                }
                out.append(String.join(" ", parts));
            } else if (node instanceof Range range) {
                for (JsonNode item : rangeItems(range, current)) {
                    render(range.body(), item, out);
                }
            }
        }
    }

    private static List<JsonNode> rangeItems(Range range, JsonNode current) {
        List<JsonNode> values = evaluate(range.over(), current);
        if (values.size() == 1 && values.get(0).isArray()) {
            List<JsonNode> items = new ArrayList<>();
            values.get(0).forEach(items::add);
            return items;
        }
        return values;
    }

    /** How a value prints: strings raw, scalars as JSON, objects and arrays as compact JSON. */
    public static String text(JsonNode v) {
        if (v == null || v.isMissingNode()) {
            return "";
        }
        if (v.isTextual()) {
            return v.asText();
        }
        if (v.isNull()) {
            return "null";
        }
        return v.toString();
    }

    private static List<JsonNode> evaluate(Path path, JsonNode current) {
        List<JsonNode> values = new ArrayList<>(List.of(current));
        for (Step step : path.steps()) {
            List<JsonNode> next = new ArrayList<>();
            for (JsonNode v : values) {
                apply(step, v, next);
            }
            values = next;
        }
        return values;
    }

    private static void apply(Step step, JsonNode v, List<JsonNode> out) {
        if (step instanceof Field f) {
            JsonNode child = v.isObject() ? v.get(f.name()) : null;
            if (child != null) {
                out.add(child);
            }
        } else if (step instanceof Index i) {
            if (v.isArray()) {
                int idx = i.index() < 0 ? v.size() + i.index() : i.index();
                if (idx >= 0 && idx < v.size()) {
                    out.add(v.get(idx));
                }
            }
        } else if (step instanceof Slice s) {
            if (v.isArray()) {
                int n = v.size();
                int from = s.from() == null ? 0 : s.from() < 0 ? Math.max(0, n + s.from()) : Math.min(n, s.from());
                int to = s.to() == null ? n : s.to() < 0 ? Math.max(0, n + s.to()) : Math.min(n, s.to());
                for (int k = from; k < to; k++) {
                    out.add(v.get(k));
                }
            }
        } else if (step instanceof Wildcard) {
            if (v.isArray() || v.isObject()) {
                v.elements().forEachRemaining(out::add);
            }
        } else if (step instanceof Recursive r) {
            recurse(v, r.name(), out);
        } else if (step instanceof Filter f) {
            Iterator<JsonNode> items = v.isArray() ? v.elements() : List.of(v).iterator();
            while (items.hasNext()) {
                JsonNode item = items.next();
                if (matches(f, item)) {
                    out.add(item);
                }
            }
        }
    }

    private static void recurse(JsonNode v, String name, List<JsonNode> out) {
        if (v.isObject()) {
            if (name.equals("*")) {
                v.elements().forEachRemaining(out::add);
            } else if (v.has(name)) {
                out.add(v.get(name));
            }
        }
        if (v.isObject() || v.isArray()) {
            v.elements().forEachRemaining(child -> recurse(child, name, out));
        }
    }

    private static boolean matches(Filter f, JsonNode item) {
        List<JsonNode> left = evaluate(f.left(), item);
        if (f.op() == null) {
            return !left.isEmpty() && !(left.get(0).isBoolean() && !left.get(0).asBoolean());
        }
        if (left.isEmpty()) {
            return false;
        }
        JsonNode l = left.get(0);
        Object r = f.right();
        int cmp;
        if (r instanceof Double d && l.isNumber()) {
            cmp = Double.compare(l.asDouble(), d);
        } else if (r instanceof String s && l.isValueNode()) {
            cmp = l.asText().compareTo(s);
        } else {
            return f.op().equals("!=");
        }
        return switch (f.op()) {
            case "==" -> cmp == 0;
            case "!=" -> cmp != 0;
            case "<" -> cmp < 0;
            case "<=" -> cmp <= 0;
            case ">" -> cmp > 0;
            default -> cmp >= 0;
        };
    }

    /** Recursive-descent parser over the template text. */
    private static final class Parser {
        private final String s;
        private int pos;

        Parser(String s) {
            this.s = s;
        }

        List<Node> nodes(boolean inRange) throws SyntaxError {
            List<Node> out = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c != '{') {
                    text.append(c);
                    pos++;
                    continue;
                }
                if (text.length() > 0) {
                    out.add(new Text(text.toString()));
                    text.setLength(0);
                }
                int close = closingBrace(pos);
                String action = s.substring(pos + 1, close).strip();
                pos = close + 1;
                if (action.equals("end")) {
                    if (!inRange) {
                        throw new SyntaxError("{end} without {range}");
                    }
                    return out;
                }
                if (action.startsWith("range ") || action.equals("range")) {
                    Path over = path(action.substring(5).strip());
                    List<Node> body = nodes(true);
                    out.add(new Range(over, body));
                    continue;
                }
                out.add(atom(action));
            }
            if (text.length() > 0) {
                out.add(new Text(text.toString()));
            }
            if (inRange) {
                throw new SyntaxError("{range} without {end}");
            }
            return out;
        }

        private int closingBrace(int open) throws SyntaxError {
            boolean quoted = false;
            for (int i = open + 1; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\\' && quoted) {
                    i++;
                } else if (c == '"') {
                    quoted = !quoted;
                } else if (c == '}' && !quoted) {
                    return i;
                }
            }
            throw new SyntaxError("unclosed action starting at position " + (open + 1) + ": " + s.substring(open));
        }

        private Node atom(String a) throws SyntaxError {
            if (a.startsWith("\"")) {
                if (a.length() < 2 || !a.endsWith("\"")) {
                    throw new SyntaxError("unterminated string literal " + a);
                }
                return new Text(unescape(a.substring(1, a.length() - 1)));
            }
            if (a.isEmpty()) {
                throw new SyntaxError("empty action {}");
            }
            return path(a);
        }

        static String unescape(String body) throws SyntaxError {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < body.length(); i++) {
                char c = body.charAt(i);
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                if (++i >= body.length()) {
                    throw new SyntaxError("dangling backslash in \"" + body + "\"");
                }
                char e = body.charAt(i);
                out.append(switch (e) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    case '\\' -> '\\';
                    case '"' -> '"';
                    default -> throw new SyntaxError("unknown escape \\" + e + " in \"" + body + "\"");
                });
            }
            return out.toString();
        }

        private Path path(String expr) throws SyntaxError {
            String e = expr.strip();
            if (e.startsWith("@") || e.startsWith("$")) {
                e = e.substring(1);
            }
            List<Step> steps = new ArrayList<>();
            int i = 0;
            while (i < e.length()) {
                char c = e.charAt(i);
                if (c == '.') {
                    if (i + 1 < e.length() && e.charAt(i + 1) == '.') {
                        int end = identEnd(e, i + 2);
                        String name = unescapeKey(e.substring(i + 2, end));
                        if (name.isEmpty()) {
                            throw new SyntaxError("'..' must be followed by a field name in " + expr);
                        }
                        steps.add(new Recursive(name));
                        i = end;
                        continue;
                    }
                    int end = identEnd(e, i + 1);
                    String name = unescapeKey(e.substring(i + 1, end));
                    if (name.equals("*")) {
                        steps.add(new Wildcard());
                    } else if (!name.isEmpty()) {
                        steps.add(new Field(name));
                    }
                    i = end;
                } else if (c == '[') {
                    int close = bracketEnd(e, i);
                    steps.add(bracket(e.substring(i + 1, close).strip(), expr));
                    i = close + 1;
                } else {
                    throw new SyntaxError("unexpected '" + c + "' at position " + (i + 1) + " of " + expr
                            + "; paths look like .metadata.name or .items[*].status");
                }
            }
            return new Path(steps);
        }

        private static int identEnd(String e, int from) {
            int i = from;
            if (i < e.length() && e.charAt(i) == '*') {
                return i + 1;
            }
            while (i < e.length() && e.charAt(i) != '.' && e.charAt(i) != '[' && !Character.isWhitespace(e.charAt(i))) {
                i += e.charAt(i) == '\\' && i + 1 < e.length() ? 2 : 1;
            }
            return i;
        }

        /** kubectl's escape for dots inside a key: {@code .annotations.kubernetes\.io/name}. */
        private static String unescapeKey(String name) {
            return name.replace("\\.", ".");
        }

        private static int bracketEnd(String e, int open) throws SyntaxError {
            int depth = 0;
            boolean quoted = false;
            char quote = 0;
            for (int i = open; i < e.length(); i++) {
                char c = e.charAt(i);
                if (quoted) {
                    if (c == quote) {
                        quoted = false;
                    }
                } else if (c == '\'' || c == '"') {
                    quoted = true;
                    quote = c;
                } else if (c == '[') {
                    depth++;
                } else if (c == ']' && --depth == 0) {
                    return i;
                }
            }
            throw new SyntaxError("unclosed [ in " + e);
        }

        private Step bracket(String inner, String expr) throws SyntaxError {
            if (inner.equals("*")) {
                return new Wildcard();
            }
            if (inner.startsWith("?(") && inner.endsWith(")")) {
                return filter(inner.substring(2, inner.length() - 1).strip(), expr);
            }
            if ((inner.startsWith("'") && inner.endsWith("'") || inner.startsWith("\"") && inner.endsWith("\""))
                    && inner.length() >= 2) {
                return new Field(inner.substring(1, inner.length() - 1));
            }
            try {
                if (inner.contains(":")) {
                    String[] parts = inner.split(":", -1);
                    if (parts.length > 3) {
                        throw new SyntaxError("bad slice [" + inner + "] in " + expr);
                    }
                    return new Slice(parts[0].isBlank() ? null : Integer.parseInt(parts[0].strip()),
                            parts[1].isBlank() ? null : Integer.parseInt(parts[1].strip()));
                }
                return new Index(Integer.parseInt(inner));
            } catch (NumberFormatException ex) {
                throw new SyntaxError("bad index [" + inner + "] in " + expr
                        + "; use [0], [-1], [1:3], [*], ['key'] or [?(@.field==\"value\")]");
            }
        }

        private Step filter(String cond, String expr) throws SyntaxError {
            for (String op : new String[] {"==", "!=", "<=", ">=", "<", ">"}) {
                int at = indexOutsideQuotes(cond, op);
                if (at > 0) {
                    Path left = path(cond.substring(0, at).strip());
                    String raw = cond.substring(at + op.length()).strip();
                    Object right;
                    if (raw.length() >= 2 && (raw.startsWith("\"") && raw.endsWith("\"")
                            || raw.startsWith("'") && raw.endsWith("'"))) {
                        right = raw.substring(1, raw.length() - 1);
                    } else {
                        try {
                            right = Double.parseDouble(raw);
                        } catch (NumberFormatException ex) {
                            throw new SyntaxError("filter value " + raw + " in " + expr
                                    + " must be a quoted string or a number");
                        }
                    }
                    return new Filter(left, op, right);
                }
            }
            return new Filter(path(cond), null, null);
        }

        private static int indexOutsideQuotes(String s, String op) {
            boolean quoted = false;
            char quote = 0;
            for (int i = 0; i + op.length() <= s.length(); i++) {
                char c = s.charAt(i);
                if (quoted) {
                    if (c == quote) {
                        quoted = false;
                    }
                } else if (c == '"' || c == '\'') {
                    quoted = true;
                    quote = c;
                } else if (s.startsWith(op, i)) {
                    return i;
                }
            }
            return -1;
        }
    }
}
