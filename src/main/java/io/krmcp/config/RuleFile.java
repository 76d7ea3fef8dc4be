package io.krmcp.config;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The strict-mode rules (seed 000's {@code security_config.yaml}, {@code kubectl} sections).
 *
 * @param source where the rules came from, for {@code get_config} and logs
 * @param dangerousCommands commands that run only when a safe pattern re-allows them
 * @param safePatterns commands that re-allow a dangerous command naming its objects explicitly
 * @param regexRules patterns that deny outright
 */
public record RuleFile(String source, List<String> dangerousCommands, List<String> safePatterns,
                       List<RegexRule> regexRules) {

    public RuleFile {
        dangerousCommands = List.copyOf(dangerousCommands);
        safePatterns = List.copyOf(safePatterns);
        regexRules = List.copyOf(regexRules);
    }

    /** One {@code regex_rules} entry, compiled at load time. */
    public record RegexRule(Pattern pattern, String description, String errorMessage) {
    }

    public static final RuleFile EMPTY = new RuleFile("none", List.of(), List.of(), List.of());
}
