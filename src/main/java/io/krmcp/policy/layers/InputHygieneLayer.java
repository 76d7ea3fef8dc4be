package io.krmcp.policy.layers;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.krmcp.command.KubeNames;
import io.krmcp.command.ParsedCommand;
import io.krmcp.policy.Decision;
import io.krmcp.policy.Denial;
import io.krmcp.policy.PolicyChain;
import io.krmcp.policy.PolicyLayer;
import io.krmcp.policy.PolicyRequest;

/**
 * Size limits, then shell metacharacters, control characters and non-ASCII characters in every token, then the
 * shape of names and namespaces, all before any request exists. Nothing reaches a shell, so the metacharacters are
 * refused as defence in depth and because no legitimate kubectl argument needs them; values with a grammar of their
 * own (patch bodies, output templates, the container command after {@code --}) are exempted because their flag
 * specs mark them as data, which the verbs then parse strictly. Data may hold line breaks and tabs (a pretty-printed
 * patch) and any Unicode, but no other control character, and no nesting deeper than {@link #MAX_NESTING} (a
 * template or a body nested thousands deep would exhaust a parser's stack). Everything else is ASCII: a fullwidth
 * semicolon, a line separator, a bidi override or a no-break space in a name, selector or flag value is refused.
 * Positional arguments are names, types, {@code TYPE/NAME} or {@code key=value}: their names hold only
 * {@code [A-Za-z0-9._/:,*-]} and no {@code .} or {@code ..} path segment, so no URL built from them can escape its
 * path ({@code %2e}, {@code ?}, {@code #} and {@code ..} are refused here). Words after {@code --} are refused for
 * verbs that take no container command, rather than dropped.
 */
public final class InputHygieneLayer implements PolicyLayer {

    public static final int MAX_ARGS = 512;
    public static final int MAX_ARG_BYTES = 64 * 1024;
    public static final int MAX_TOTAL_BYTES = 256 * 1024;
    static final String METACHARACTERS = ";|&$`\\'\"";
    /** Brackets a data value may nest: templates and patches are shallow; thousands deep is an attack. */
    public static final int MAX_NESTING = 64;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_./:,*-]*");

    @Override
    public String name() {
        return "input-hygiene";
    }

    @Override
    public Decision evaluate(PolicyChain chain) {
        PolicyRequest request = chain.request();
        List<String> args = request.rawArgs();
        if (args.size() > MAX_ARGS) {
            return deny("too-many-args", "too many arguments (" + args.size() + "); at most " + MAX_ARGS);
        }
        long total = 0;
        // parsed.raw() drops a leading "kubectl"; data token indexes are relative to it
        int offset = request.parsed().map(p -> args.size() - p.raw().size()).orElse(0);
        Set<Integer> data = request.parsed().map(p -> p.dataTokens()).orElse(Set.of());
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg == null) {
                return deny("null-arg", "argument " + (i + 1) + " is null; every argument must be a string");
            }
            int bytes = arg.getBytes(StandardCharsets.UTF_8).length;
            total += bytes;
            if (bytes > MAX_ARG_BYTES) {
                return deny("arg-too-long", "argument " + (i + 1) + " is " + bytes + " bytes; at most " + MAX_ARG_BYTES);
            }
            boolean isData = data.contains(i - offset);
            String control = controlCharacter(arg, isData);
            if (control != null) {
                return deny("control-character", "argument " + (i + 1) + " contains " + control
                        + (isData ? "; data values may hold line breaks and tabs, no other control character"
                        : "; control characters are never accepted"));
            }
            if (isData) {
                if (nesting(arg) > MAX_NESTING) {
                    return deny("too-deeply-nested", "argument " + (i + 1) + " nests brackets more than "
                            + MAX_NESTING + " deep; templates and patch bodies are never that deep");
                }
                continue;
            }
            int foreign = firstNonAscii(arg);
            if (foreign >= 0) {
                return deny("non-ascii", "argument " + (i + 1) + " contains the non-ASCII character U+"
                        + String.format("%04X", arg.codePointAt(foreign)) + "; names, namespaces, selectors and "
                        + "flag values are ASCII (Unicode is accepted only in data such as patch bodies)");
            }
            int bad = firstMetacharacter(arg);
            if (bad >= 0) {
                return deny("shell-metacharacter", "argument \"" + arg + "\" contains the shell metacharacter '"
                        + arg.charAt(bad) + "'; none of ; | & $ ` \\ ' \" is accepted in kubectl arguments");
            }
        }
        if (total > MAX_TOTAL_BYTES) {
            return deny("args-too-long", "arguments total " + total + " bytes; at most " + MAX_TOTAL_BYTES);
        }
        if (request.parsed().isPresent()) {
            Decision names = names(request.parsed().get());
            if (names != null) {
                return names;
            }
        }
        String namespace = request.parsed().flatMap(p -> p.string("namespace")).orElse(null);
        if (namespace != null && !KubeNames.isNamespace(namespace)) {
            return deny("bad-namespace", "namespace \"" + namespace + "\" is not valid: it must be "
                    + KubeNames.namespaceRule());
        }
        return chain.proceed(request);
    }

    /** Positionals must be names, and words after {@code --} need a verb that takes a command. */
    private Decision names(ParsedCommand cmd) {
        if (!cmd.afterDash().isEmpty() && !cmd.spec().takesCommand()) {
            return deny("unexpected-command", "\"" + cmd.verb() + "\" takes no command after '--' (only exec and "
                    + "run do); remove '--' and what follows it");
        }
        for (String arg : cmd.positionals()) {
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            boolean badSegment = false;
            for (String segment : name.split("/", -1)) {
                badSegment |= segment.equals(".") || segment.equals("..");
            }
            if (!NAME.matcher(name).matches() || badSegment) {
                return deny("bad-name", "\"" + arg + "\" is not a valid resource type or name: names hold only "
                        + "letters, digits, '.', '-', ':' and '/' between a type and a name (no '..', '%', '?', "
                        + "'#' or spaces)");
            }
        }
        return null;
    }

    private static int firstNonAscii(String arg) {
        for (int i = 0; i < arg.length(); i++) {
            if (arg.charAt(i) > 0x7e) {
                return i;
            }
        }
        return -1;
    }

    /** The deepest nesting of brackets and braces, counted without regard to quoting (over-counting is safe). */
    static int nesting(String value) {
        int depth = 0;
        int max = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '[' || c == '{' || c == '(') {
                max = Math.max(max, ++depth);
            } else if ((c == ']' || c == '}' || c == ')') && depth > 0) {
                depth--;
            }
        }
        return max;
    }

    static int firstMetacharacter(String arg) {
        for (int i = 0; i < arg.length(); i++) {
            if (METACHARACTERS.indexOf(arg.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static String controlCharacter(String arg, boolean data) {
        for (int i = 0; i < arg.length(); i++) {
            char c = arg.charAt(i);
            if (c == 0) {
                return "a NUL byte";
            }
            if (data && (c == '\n' || c == '\r' || c == '\t')) {
                continue;
            }
            if (c == '\n' || c == '\r') {
                return "a line break";
            }
            if (c < 0x20 || c == 0x7f) {
                return "the control character U+" + String.format("%04X", (int) c);
            }
        }
        return null;
    }

    private Decision deny(String code, String message) {
        return Decision.deny(Denial.of(name(), code, message));
    }
}
