package io.krmcp.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Loads the rule file: the built-in one (the repository's top-level {@code security_config.yaml}, shipped in the
 * jar) and, when {@code K8S_MCP_SECURITY_CONFIG} names one, the operator's, whose sections replace the built-in
 * ones. Any problem stops the server at start: it never runs without the rules it was asked to apply.
 */
public final class RuleFileLoader {

    static final String BUILT_IN = "/io/krmcp/config/security_config.yaml";
    private static final Set<String> SECTIONS = Set.of("dangerous_commands", "safe_patterns", "regex_rules");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private RuleFileLoader() {
    }

    public static RuleFile load(Optional<String> path) throws SettingsException {
        JsonNode builtIn;
        try (InputStream in = RuleFileLoader.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new SettingsException("the built-in rule file is missing from the jar (" + BUILT_IN + ")");
            }
            builtIn = YAML.readTree(in);
        } catch (IOException e) {
            throw new SettingsException("the built-in rule file cannot be read: " + e.getMessage());
        }
        if (path.isEmpty()) {
            return parse(builtIn, null, "built-in security_config.yaml");
        }
        Path file = Path.of(path.get());
        JsonNode operator;
        try {
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                throw new SettingsException(SettingsLoader.SECURITY_CONFIG + "=" + file
                        + ": the file does not exist or is not readable");
            }
            operator = YAML.readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new SettingsException(SettingsLoader.SECURITY_CONFIG + "=" + file + " is not valid YAML: "
                    + firstLine(e.getMessage()));
        }
        if (operator == null || operator.isMissingNode() || operator.isNull()) {
            operator = YAML.createObjectNode();
        }
        return parse(builtIn, operator, file.toString());
    }

    static RuleFile parse(JsonNode builtIn, JsonNode operator, String source) throws SettingsException {
        if (operator != null) {
            if (!operator.isObject()) {
                throw new SettingsException(source + ": the rule file must be a mapping with the sections "
                        + String.join(", ", SECTIONS.stream().sorted().toList()));
            }
            for (Iterator<String> it = operator.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (!SECTIONS.contains(key)) {
                    throw new SettingsException(source + ": unknown section \"" + key + "\" (sections: "
                            + String.join(", ", SECTIONS.stream().sorted().toList()) + ")");
                }
            }
        }
        JsonNode dangerous = section(builtIn, operator, "dangerous_commands", source);
        JsonNode safe = section(builtIn, operator, "safe_patterns", source);
        JsonNode regex = section(builtIn, operator, "regex_rules", source);
        return new RuleFile(source, strings(dangerous, "dangerous_commands", source),
                strings(safe, "safe_patterns", source), regexRules(regex, source));
    }

    /** The operator's {@code section.kubectl} if present, else the built-in one. */
    private static JsonNode section(JsonNode builtIn, JsonNode operator, String name, String source)
            throws SettingsException {
        if (operator != null && operator.has(name)) {
            JsonNode sec = operator.get(name);
            if (sec.isNull()) {
                return YAML.createArrayNode();
            }
            if (!sec.isObject()) {
                throw new SettingsException(source + ": " + name + " must map a tool name (kubectl) to a list");
            }
            if (sec.has("kubectl")) {
                return sec.get("kubectl");
            }
        }
        return builtIn.path(name).path("kubectl");
    }

    private static List<String> strings(JsonNode list, String name, String source) throws SettingsException {
        List<String> out = new ArrayList<>();
        if (list.isMissingNode() || list.isNull()) {
            return out;
        }
        if (!list.isArray()) {
            throw new SettingsException(source + ": " + name + ".kubectl must be a list of commands");
        }
        for (JsonNode entry : list) {
            if (!entry.isTextual() || entry.asText().isBlank()) {
                throw new SettingsException(source + ": " + name + ".kubectl entries must be commands such as "
                        + "\"kubectl delete pod\"; got " + entry);
            }
            out.add(entry.asText().trim());
        }
        return out;
    }

    private static List<RuleFile.RegexRule> regexRules(JsonNode list, String source) throws SettingsException {
        List<RuleFile.RegexRule> out = new ArrayList<>();
        if (list.isMissingNode() || list.isNull()) {
            return out;
        }
        if (!list.isArray()) {
            throw new SettingsException(source + ": regex_rules.kubectl must be a list of {pattern, description, "
                    + "error_message}");
        }
        int index = 0;
        for (JsonNode rule : list) {
            index++;
            String pattern = rule.path("pattern").asText("");
            if (!rule.isObject() || pattern.isEmpty()) {
                throw new SettingsException(source + ": regex_rules.kubectl[" + index + "] needs a pattern");
            }
            String description = rule.path("description").asText(pattern);
            String message = rule.path("error_message").asText("Command blocked by rule: " + description);
            try {
                out.add(new RuleFile.RegexRule(Pattern.compile(pattern), description, message));
            } catch (PatternSyntaxException e) {
                throw new SettingsException(source + ": regex_rules.kubectl[" + index + "] (\"" + description
                        + "\") has a bad pattern: " + firstLine(e.getMessage()));
            }
        }
        return out;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
