package io.krmcp.command;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * kubectl's global flags, split in two: the few that are safe to accept anywhere, and those that would change the
 * target cluster or the identity the server acts as. The second group is refused whatever the configuration says,
 * because the whole security model assumes the server's own credentials and cluster.
 */
public final class GlobalFlags {

    public static final FlagSpec NAMESPACE =
            FlagSpec.string("namespace", "namespace of the request").shorthand('n');

    public static final FlagSpec REQUEST_TIMEOUT = FlagSpec.string("request-timeout",
            "accepted for compatibility; every call is bounded by KUBECTL_TIMEOUT instead").defaultValue("0");

    /** Flags accepted before or after the verb, for every verb. */
    public static final List<FlagSpec> ALL = List.of(NAMESPACE, REQUEST_TIMEOUT);

    private static final Set<String> IDENTITY_FLAGS = Set.of(
            "kubeconfig", "context", "cluster", "user", "token", "as", "as-group", "as-uid", "as-user-extra",
            "server", "insecure-skip-tls-verify", "certificate-authority", "client-certificate", "client-key",
            "tls-server-name", "username", "password", "overrides", "cache-dir", "log-file", "log-dir", "raw",
            "disable-compression", "match-server-version", "proxy-url");

    /** Families refused by prefix: {@code --auth-provider-arg}, {@code --exec-command}, {@code --profile-output}. */
    private static final List<String> IDENTITY_PREFIXES = List.of("auth-provider", "exec-", "profile");

    /** Shorthands of refused global flags: {@code -s} is {@code --server}. */
    private static final String SERVER_SHORTHAND = "server";

    private GlobalFlags() {
    }

    /**
     * Whether a normalised long flag name targets another cluster or identity. Verb-specific flags that merely share
     * a prefix (none today) would need to be excluded here explicitly.
     */
    public static boolean isIdentityFlag(String longName) {
        String name = longName.toLowerCase(Locale.ROOT);
        if (IDENTITY_FLAGS.contains(name)) {
            return true;
        }
        for (String prefix : IDENTITY_PREFIXES) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** The refused global flag a shorthand stands for, if any. */
    public static Optional<String> identityShorthand(char letter) {
        return letter == 's' ? Optional.of(SERVER_SHORTHAND) : Optional.empty();
    }

    /** pflag's word-separator normalisation, which kubectl installs: {@code --all_namespaces} is {@code --all-namespaces}. */
    public static String normalise(String longName) {
        return longName.replace('_', '-');
    }
}
