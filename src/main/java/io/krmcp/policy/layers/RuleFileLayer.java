package io.krmcp.policy.layers;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * The rule file, in strict mode: regex rules deny outright (matched against the raw command and each canonical
 * line: one per type and per namespace the command touches); a command covered by a dangerous entry runs only if a
 * safe pattern re-allows it.
 *
 * <p>{@code -A} touches every namespace, which a pure policy cannot list; it is judged as each namespace a rule could
 * name: the Kubernetes system namespaces, the configured namespace lists, and every name-shaped word in the regex
 * rules' own text. A rule that refuses {@code kube-system} has to spell it, so {@code -A} meets that rule.
 */
public final class RuleFileLayer implements PolicyLayer {

    private final RuleFile rules;
    private final List<RulePattern> dangerous;
    private final List<RulePattern> safe;
    private final Set<String> everyNamespace;

    /** The denial code of a dangerous command awaiting approval ({@code K8S_MCP_DANGEROUS=confirm}). */
    public static final String APPROVAL_REQUIRED = "approval-required";

    static final List<String> SYSTEM_NAMESPACES = List.of("default", "kube-system", "kube-public", "kube-node-lease");
    private static final Pattern NAME_WORD = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");

    public RuleFileLayer(RuleFile rules, Function<String, Optional<VerbSpec>> specs) {
        this(rules, specs, List.of());
    }

    /** @param namedNamespaces namespaces the configuration names (allow and deny lists), judged for {@code -A} */
    public RuleFileLayer(RuleFile rules, Function<String, Optional<VerbSpec>> specs, List<String> namedNamespaces) {
        this.rules = rules;
        Set<String> every = new LinkedHashSet<>(SYSTEM_NAMESPACES);
        namedNamespaces.stream().filter(n -> NAME_WORD.matcher(n).matches()).forEach(every::add);
        for (RuleFile.RegexRule rule : rules.regexRules()) {
            Matcher m = NAME_WORD.matcher(rule.pattern().pattern());
            while (m.find()) {
                every.add(m.group());
            }
        }
        this.everyNamespace = Set.copyOf(every);
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
        List<String> lines = CanonicalCommand.lines(cmd, request.effectiveNamespace(), everyNamespace);
        for (RuleFile.RegexRule rule : rules.regexRules()) {
            if (rule.pattern().matcher(raw).find() || lines.stream().anyMatch(l -> rule.pattern().matcher(l).find())) {
                return Decision.deny(Denial.of(name(), "regex-rule",
                        rule.errorMessage() + " (rule: " + rule.description() + ")"));
            }
        }
        CommandShape shape = CommandShape.of(cmd.verb(), cmd.positionals(), cmd.flags().keySet(),
                CanonicalCommand.flagValues(cmd));
        for (RulePattern entry : dangerous) {
            if (lines.stream().anyMatch(line -> entry.covers(shape, raw, line))) {
                if (safe.stream().anyMatch(p -> p.reallows(shape))) {
                    break;
                }
                if (request.settings().confirmDangerous()) {
                    if (request.clientApproved()) {
                        break; // a human approved this very call through the client
                    }
                    return Decision.deny(Denial.of(name(), APPROVAL_REQUIRED, "'" + raw + "' is a dangerous command "
                            + "(rule file: \"" + entry.entry() + "\") and needs a human's approval"));
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
