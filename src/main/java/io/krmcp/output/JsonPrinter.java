package io.krmcp.output;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code -o json} as kubectl writes it with Go's {@code json.MarshalIndent}: keys sorted, four-space indent,
 * {@code "key": value}, {@code []} and {@code {}} for empty values, and {@code <}, {@code >}, {@code &} escaped.
 */
public final class JsonPrinter {

    private final ObjectMapper mapper;
    private final DefaultPrettyPrinter pretty;

    public JsonPrinter(ObjectMapper mapper) {
        this.mapper = mapper;
        DefaultIndenter indenter = new DefaultIndenter("    ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        this.pretty = new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }

    /** The object without its managedFields, as kubectl prints it by default. */
    public String print(JsonNode node) {
        return print(node, false);
    }

    public String print(JsonNode node, boolean showManagedFields) {
        StringWriter out = new StringWriter();
        JsonNode doc = sorted(node);
        if (!showManagedFields) {
            ManagedFields.omitInPlace(doc);
        }
        try (JsonGenerator gen = mapper.getFactory().createGenerator(out)) {
            gen.setPrettyPrinter(pretty);
            gen.setCharacterEscapes(GoEscapes.INSTANCE);
            mapper.writeTree(gen, doc);
        } catch (IOException e) {
            throw new IllegalStateException("JSON rendering of an in-memory tree failed", e);
        }
        return out + "\n";
    }

    /** A copy with every object's keys in ascending order, as Go's map encoding produces. */
    public static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            List<String> keys = new ArrayList<>();
            node.fieldNames().forEachRemaining(keys::add);
            keys.sort(null);
            ObjectNode copy = ((ObjectNode) node).objectNode();
            for (String key : keys) {
                copy.set(key, sorted(node.get(key)));
            }
            return copy;
        }
        if (node.isArray()) {
            var copy = JsonNodeFactory.instance.arrayNode(node.size());
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                copy.add(sorted(it.next()));
            }
            return copy;
        }
        return node;
    }

    /** Go's HTML-safe escaping, lower-case hex as Go writes it. */
    private static final class GoEscapes extends CharacterEscapes {
        static final GoEscapes INSTANCE = new GoEscapes();
        private static final Map<Integer, SerializableString> ESCAPES = Map.of(
                (int) '<', new SerializedString("\\u003c"),
                (int) '>', new SerializedString("\\u003e"),
                (int) '&', new SerializedString("\\u0026"));
        private final int[] table;

        private GoEscapes() {
            table = standardAsciiEscapesForJSON();
            table['<'] = ESCAPE_CUSTOM;
            table['>'] = ESCAPE_CUSTOM;
            table['&'] = ESCAPE_CUSTOM;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return table;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ESCAPES.get(ch);
        }
    }
}
