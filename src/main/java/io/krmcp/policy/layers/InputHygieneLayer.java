package io.krmcp.policy.layers;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.krmcp.command.KubeNames;
import io.krmcp.policy.Decision;
import io.krmcp.policy.Denial;
import io.krmcp.policy.PolicyChain;
import io.krmcp.policy.PolicyLayer;
import io.krmcp.policy.PolicyRequest;

/**
 * Size limits, then shell metacharacters and control characters in every token, then the namespace's shape. Nothing
 * reaches a shell, so the metacharacters are refused as defence in depth and because no legitimate kubectl
 * argument needs them; values with a grammar of their own (patch bodies, output templates, the container
 * command after {@code --}) are exempted because their flag specs mark them as data, which the verbs then parse
 * strictly. Control characters and the size limits apply to data too.
 */
public final class InputHygieneLayer implements PolicyLayer {

    public static final int MAX_ARGS = 512;
    public static final int MAX_ARG_BYTES = 64 * 1024;
    public static final int MAX_TOTAL_BYTES = 256 * 1024;
    static final String METACHARACTERS = ";|&$`\\'\"";

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
        java.util.Set<Integer> data = request.parsed().map(p -> p.dataTokens()).orElse(java.util.Set.of());
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
            String control = controlCharacter(arg);
            if (control != null) {
                return deny("control-character", "argument " + (i + 1) + " contains " + control
                        + "; control characters are never accepted");
            }
            if (data.contains(i - offset)) {
                continue;
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
        String namespace = request.parsed().flatMap(p -> p.string("namespace")).orElse(null);
        if (namespace != null && !KubeNames.isNamespace(namespace)) {
            return deny("bad-namespace", "namespace \"" + namespace + "\" is not valid: it must be "
                    + KubeNames.namespaceRule());
        }
        return chain.proceed(request);
    }

    static int firstMetacharacter(String arg) {
        for (int i = 0; i < arg.length(); i++) {
            if (METACHARACTERS.indexOf(arg.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static String controlCharacter(String arg) {
        for (int i = 0; i < arg.length(); i++) {
            char c = arg.charAt(i);
            if (c == 0) {
                return "a NUL byte";
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
