package io.krmcp.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.krmcp.command.FlagSpec;
import io.krmcp.command.ParsedCommand;
import io.krmcp.command.ParsedCommand.TokenRole;
import io.krmcp.command.VerbSpec;

/**
 * The command line as the audit log records it, built from what the parser understood, never re-parsed here. A
 * value that may carry a secret becomes its size and a SHA-256 prefix, so the trail can tell two patches apart
 * without holding a Secret's data:
 * <ul>
 *   <li>the value of a flag marked {@link FlagSpec#auditMasked()} (a patch body, {@code --env}), wherever it stood;
 *   <li>a token that follows one spelled like such a flag but was read as something else ({@code -o -p BODY},
 *       {@code -- -p BODY}), and a value attached to such a spelling ({@code --env=K=V} as another flag's value);
 *   <li>any other token outside a plain character set, unless it is a template or a container command, which are
 *       data with a grammar of their own and what a reviewer needs to see.
 * </ul>
 * A command that did not parse is recorded as its first word (when it looks like one) and its number of arguments.
 */
public final class AuditedCommand {

    /** Names, types, selectors, quantities, durations, formats: what a non-data token looks like. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._:/,=@+%!()<>~* -]{0,253}");
    private static final Pattern WORD = Pattern.compile("[a-z][a-z-]{0,31}");

    private final Set<String> sensitiveSpellings;

    /** @param specs every verb's flags, so any spelling of a sensitive flag is known whatever the verb */
    public AuditedCommand(Collection<VerbSpec> specs) {
        Set<String> spellings = new HashSet<>();
        for (VerbSpec spec : specs) {
            for (FlagSpec flag : spec.flags()) {
                if (flag.auditMasked()) {
                    spellings.add("--" + flag.name());
                    if (flag.hasShorthand()) {
                        spellings.add("-" + flag.shorthand());
                    }
                }
            }
        }
        this.sensitiveSpellings = Set.copyOf(spellings);
    }

    /** The audited text of a parsed command. */
    public String text(ParsedCommand command) {
        List<String> raw = command.raw();
        List<TokenRole> roles = command.roles();
        List<String> out = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            String token = raw.get(i);
            TokenRole role = roles.get(i);
            Integer sensitive = command.sensitiveTokens().get(i);
            if (sensitive != null) {
                out.add(token.substring(0, token.length() - sensitive) + mask(token.substring(token.length()
                        - sensitive)));
            } else if (i > 0 && followsSensitiveSpelling(command, i)) {
                out.add(mask(token));
            } else if (role != TokenRole.FLAG && attachedSensitive(token) >= 0) {
                int at = attachedSensitive(token);
                out.add(token.substring(0, at) + mask(token.substring(at)));
            } else if (!command.dataTokens().contains(i) && !PLAIN.matcher(token).matches()) {
                out.add(role == TokenRole.FLAG_WITH_VALUE ? maskAfterName(token) : mask(token));
            } else {
                out.add(token);
            }
        }
        return "kubectl " + String.join(" ", out);
    }

    /** What is recorded of a command that did not parse: never its tokens, which may hold anything. */
    public static String unparsed(List<String> args) {
        List<String> rest = !args.isEmpty() && args.get(0).equals("kubectl") ? args.subList(1, args.size()) : args;
        if (rest.isEmpty()) {
            return "kubectl";
        }
        String first = WORD.matcher(rest.get(0)).matches() ? rest.get(0) : "?";
        return "kubectl " + first + " [not parsed: " + rest.size() + " argument" + (rest.size() == 1 ? "" : "s")
                + " not recorded]";
    }

    /** The token before was spelled like a sensitive flag but not read as the flag it is for this verb. */
    private boolean followsSensitiveSpelling(ParsedCommand command, int i) {
        String previous = command.raw().get(i - 1);
        if (!sensitiveSpellings.contains(previous)) {
            return false;
        }
        TokenRole previousRole = command.roles().get(i - 1);
        if (previousRole != TokenRole.FLAG) {
            return true;
        }
        // read as a flag of this verb: it is sensitive only if this verb's flag of that spelling is
        String name = previous.startsWith("--") ? previous.substring(2) : null;
        return (name != null ? command.spec().flag(name)
                : command.spec().shorthand(previous.charAt(1))).map(FlagSpec::auditMasked).orElse(true);
    }

    /** Where a sensitive value attached to its flag's spelling starts ({@code --env=}, {@code -p}), or -1. */
    private int attachedSensitive(String token) {
        for (String spelling : sensitiveSpellings) {
            if (spelling.startsWith("--") && token.startsWith(spelling + "=")) {
                return spelling.length() + 1;
            }
            if (!spelling.startsWith("--") && token.startsWith(spelling) && token.length() > 2) {
                return token.charAt(2) == '=' ? 3 : 2;
            }
        }
        return -1;
    }

    private static String maskAfterName(String token) {
        int eq = token.indexOf('=');
        int at = eq > 0 ? eq + 1 : Math.min(2, token.length());
        return token.substring(0, at) + mask(token.substring(at));
    }

    static String mask(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "<" + bytes.length + " bytes sha256:" + HexFormat.of().formatHex(digest, 0, 6) + ">";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
