package io.krmcp.output.describe;

import static io.krmcp.output.describe.PrefixWriter.LEVEL_0;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.krmcp.kube.model.Fields;

/**
 * kubectl's generic describer, used for every kind without a dedicated layout (CRDs included): name, namespace,
 * labels and annotations, then every other field in sorted order under "smart" labels ({@code apiVersion} →
 * {@code API Version}), nested maps indented, then the Events table.
 */
public final class GenericDescriber implements Describer {

    private static final Set<String> SKIP = Set.of(".metadata.managedFields", ".metadata.name", ".metadata.namespace",
            ".metadata.labels", ".metadata.annotations");
    private static final List<String> ACRONYMS = List.of("API", "URL", "UID", "OSB", "GUID");

    @Override
    public String describe(JsonNode object, Related related, Instant now) {
        PrefixWriter w = new PrefixWriter();
        DescribeSections.header(w, object);
        content(w, LEVEL_0, object, "");
        DescribeSections.events(w, related, now);
        return w.toString();
    }

    private static void content(PrefixWriter w, int level, JsonNode map, String path) {
        List<String> fields = new ArrayList<>();
        map.fieldNames().forEachRemaining(fields::add);
        fields.sort(null);
        for (String field : fields) {
            String here = path + "." + field;
            if (SKIP.contains(here)) {
                continue;
            }
            JsonNode value = map.get(field);
            if (value.isObject()) {
                w.write(level, smartLabel(field) + ":\n");
                content(w, level + 1, value, here);
            } else if (value.isArray()) {
                w.write(level, smartLabel(field) + ":\n");
                for (JsonNode child : value) {
                    if (child.isObject()) {
                        content(w, level + 1, child, here);
                    } else {
                        w.write(level + 1, scalar(child) + "\n");
                    }
                }
            } else {
                w.write(level, smartLabel(field) + ":\t" + scalar(value) + "\n");
            }
        }
    }

    private static String scalar(JsonNode v) {
        return v.isNull() ? "<nil>" : v.asText();
    }

    /** kubectl's {@code smartLabelFor}: camelCase split into Title Case words, common acronyms upper-cased. */
    static String smartLabel(String field) {
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (!Character.isLetter(c) && c != '-') {
                return field;
            }
        }
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            boolean boundary = i > 0 && Character.isUpperCase(c)
                    && (Character.isLowerCase(field.charAt(i - 1))
                    || i + 1 < field.length() && Character.isLowerCase(field.charAt(i + 1)));
            if (boundary && word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
            word.append(c);
        }
        words.add(word.toString());
        List<String> out = new ArrayList<>();
        for (String part : words) {
            if (ACRONYMS.contains(part.toUpperCase(Locale.ROOT))) {
                out.add(part.toUpperCase(Locale.ROOT));
            } else {
                out.add(Character.toUpperCase(part.charAt(0)) + part.substring(1));
            }
        }
        return String.join(" ", out);
    }
}
