package io.krmcp.config;

import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code KUBECTL_ALLOWED_NAMESPACES} and {@code KUBECTL_DENIED_NAMESPACES} as one value: globs with {@code *} and
 * {@code ?}. The policy's namespace layer judges the command line with it and the API client's guard judges every
 * request with it, so both read the lists the same way.
 */
public record NamespaceRules(List<String> allowed, List<String> denied) {

    public NamespaceRules {
        allowed = List.copyOf(allowed);
        denied = List.copyOf(denied);
    }

    public static NamespaceRules of(ServerSettings settings) {
        return new NamespaceRules(settings.allowedNamespaces(), settings.deniedNamespaces());
    }

    /** Neither list is set: every namespace may be touched. */
    public boolean unrestricted() {
        return allowed.isEmpty() && denied.isEmpty();
    }

    public boolean hasAllowlist() {
        return !allowed.isEmpty();
    }

    public boolean isDenied(String namespace) {
        return denied.stream().anyMatch(g -> glob(g).matcher(namespace).matches());
    }

    /** Whether commands may touch the namespace: listed (when there is a list) and not denied. */
    public boolean permits(String namespace) {
        return !isDenied(namespace)
                && (allowed.isEmpty() || allowed.stream().anyMatch(g -> glob(g).matcher(namespace).matches()));
    }

    /** Why a namespace is refused, naming the list that refuses it. */
    public String refusal(String namespace) {
        return isDenied(namespace)
                ? "namespace '" + namespace + "' is denied (KUBECTL_DENIED_NAMESPACES: " + String.join(", ", denied) + ")"
                : "namespace '" + namespace + "' is not allowed (allowed: " + String.join(", ", allowed) + ")";
    }

    static Pattern glob(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }
}
