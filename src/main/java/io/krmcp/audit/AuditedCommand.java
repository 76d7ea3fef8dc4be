package io.krmcp.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import io.krmcp.command.FlagSpec;
import io.krmcp.command.GlobalFlags;
import io.krmcp.command.VerbSpec;

/**
 * The command line as the audit log records it: as the agent sent it, except the values of flags marked
 * {@link FlagSpec#auditMasked()} (a patch body, {@code --env} values), which become their size and a SHA-256 prefix,
 * so the trail can tell two patches apart without holding a Secret's data.
 */
public final class AuditedCommand {

    private AuditedCommand() {
    }

    public static String text(List<String> args, Function<String, Optional<VerbSpec>> specs) {
        List<String> out = new ArrayList<>();
        Optional<VerbSpec> spec = Optional.empty();
        boolean maskNext = false;
        boolean skipNext = false;
        boolean afterDash = false;
        for (String token : args) {
            if (maskNext) {
                out.add(mask(token));
                maskNext = false;
                continue;
            }
            if (skipNext || afterDash) {
                out.add(token);
                skipNext = false;
                continue;
            }
            if (token.equals("--")) {
                afterDash = true;
                out.add(token);
                continue;
            }
            if (spec.isEmpty()) {
                // Before the verb only global flags may appear; -n takes the next token as its value.
                if (token.equals("-n") || token.equals("--namespace")) {
                    skipNext = true;
                } else if (!token.startsWith("-") && !token.equals("kubectl")) {
                    spec = specs.apply(token);
                }
                out.add(token);
                continue;
            }
            if (token.startsWith("--")) {
                int eq = token.indexOf('=');
                String name = GlobalFlags.normalise(token.substring(2, eq < 0 ? token.length() : eq));
                Optional<FlagSpec> flag = spec.get().flag(name);
                if (flag.isPresent() && flag.get().auditMasked()) {
                    if (eq >= 0) {
                        out.add(token.substring(0, eq + 1) + mask(token.substring(eq + 1)));
                        continue;
                    }
                    maskNext = !flag.get().valueOptional();
                } else if (eq < 0 && flag.isPresent() && !flag.get().valueOptional()) {
                    skipNext = true;
                }
                out.add(token);
            } else if (token.startsWith("-") && token.length() > 1) {
                out.add(shorthands(token, spec.get()));
                maskNext = endsWaitingForMaskedValue(token, spec.get());
                skipNext = !maskNext && endsWaitingForValue(token, spec.get());
            } else {
                out.add(token);
            }
        }
        return "kubectl " + String.join(" ", out);
    }

    /** {@code -pVALUE} and {@code -p=VALUE} carry their value in the same token. */
    private static String shorthands(String token, VerbSpec spec) {
        for (int i = 1; i < token.length(); i++) {
            Optional<FlagSpec> flag = spec.shorthand(token.charAt(i));
            if (flag.isEmpty() || flag.get().isBool()) {
                continue;
            }
            String rest = token.substring(i + 1);
            if (rest.isEmpty() || !flag.get().auditMasked()) {
                return token;
            }
            String prefix = token.substring(0, i + 1) + (rest.startsWith("=") ? "=" : "");
            return prefix + mask(rest.startsWith("=") ? rest.substring(1) : rest);
        }
        return token;
    }

    private static boolean endsWaitingForMaskedValue(String token, VerbSpec spec) {
        Optional<FlagSpec> last = valueFlagAtEnd(token, spec);
        return last.isPresent() && last.get().auditMasked();
    }

    private static boolean endsWaitingForValue(String token, VerbSpec spec) {
        return valueFlagAtEnd(token, spec).isPresent();
    }

    /** The value-taking flag that ends a shorthand cluster with no value attached, if any. */
    private static Optional<FlagSpec> valueFlagAtEnd(String token, VerbSpec spec) {
        for (int i = 1; i < token.length(); i++) {
            Optional<FlagSpec> flag = spec.shorthand(token.charAt(i));
            if (flag.isPresent() && !flag.get().valueOptional()) {
                return i == token.length() - 1 ? flag : Optional.empty();
            }
        }
        return Optional.empty();
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
