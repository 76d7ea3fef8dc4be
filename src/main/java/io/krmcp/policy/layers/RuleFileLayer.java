package io.krmcp.policy.layers;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import io.krmcp.command.ParsedCommand;
import io.krmcp.command.VerbSpec;
import io.krmcp.config.RuleFile;
import io.krmcp.policy.CanonicalCommand;
import io.krmcp.policy.CommandShape;
import io.krmcp.policy.Decision;
import io.krmcp.policy.Denial;
import io.krmcp.policy.PolicyChain;
import io.krmcp.policy.PolicyLayer;
import io.krmcp.policy.PolicyRequest;
import io.krmcp.policy.RulePattern;

/**
 * The rule file, in strict mode: regex rules deny outright (matched against the raw and the canonical command);
 * a command covered by a dangerous entry runs only if a safe pattern re-allows it.
 */
public final class RuleFileLayer implements PolicyLayer {

    private final RuleFile rules;
    private final List<RulePattern> dangerous;
    private final List<RulePattern> safe;

    public RuleFileLayer(RuleFile rules, Function<String, Optional<VerbSpec>> specs) {
        this.rules = rules;
        this.dangerous = rules.dangerousCommands().stream().map(e -> RulePattern.parse(e, specs)).toList();
        this.safe = rules.safePatterns().stream().map(e -> RulePattern.parse(e, specs)).toList();
    }

    @Override
    public String name() {
        return "rule-file";
    }

    @Override
    public Decision evaluate(PolicyChain chain) {
        PolicyRequest request = chain.request();
        ParsedCommand cmd = request.parsed().orElseThrow();
        String raw = CanonicalCommand.raw(cmd);
        String canonical = CanonicalCommand.of(cmd, request.effectiveNamespace());
        for (RuleFile.RegexRule rule : rules.regexRules()) {
            if (rule.pattern().matcher(raw).find() || rule.pattern().matcher(canonical).find()) {
                return Decision.deny(Denial.of(name(), "regex-rule",
                        rule.errorMessage() + " (rule: " + rule.description() + ")"));
            }
        }
        CommandShape shape = CommandShape.of(cmd.verb(), cmd.positionals(), cmd.flags().keySet());
        for (RulePattern entry : dangerous) {
            if (entry.covers(shape, raw, canonical)) {
                if (safe.stream().anyMatch(p -> p.reallows(shape))) {
                    break;
                }
                return Decision.deny(Denial.of(name(), "dangerous-command", "'" + raw + "' is a dangerous command "
                        + "(rule file: \"" + entry.entry() + "\")" + hint()));
            }
        }
        return chain.proceed(request);
    }

    private String hint() {
        if (safe.isEmpty()) {
            return "; no safe pattern re-allows it";
        }
        return "; allowed forms name their objects explicitly: "
                + String.join(", ", safe.stream().map(RulePattern::entry).toList());
    }
}
