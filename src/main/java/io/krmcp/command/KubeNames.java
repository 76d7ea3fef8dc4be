package io.krmcp.command;

import java.util.regex.Pattern;

/**
 * The shapes Kubernetes accepts for names and namespaces, checked before any URL is built from them, so a name can
 * never smuggle a path segment ({@code ../}), a query ({@code ?}) or an encoded character ({@code %}).
 */
public final class KubeNames {

    private static final Pattern NAMESPACE = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");
    /** Object names: DNS subdomains plus the ':' and '@' RBAC and some CRDs use; never '/', '%' or whitespace. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9]([-A-Za-z0-9._:@]{0,251}[A-Za-z0-9])?");
    private static final Pattern TYPE = Pattern.compile("[A-Za-z0-9][-A-Za-z0-9.]{0,252}");

    private KubeNames() {
    }

    public static boolean isNamespace(String s) {
        return s != null && NAMESPACE.matcher(s).matches();
    }

    public static boolean isName(String s) {
        return s != null && NAME.matcher(s).matches() && !s.contains("..");
    }

    /** A resource type token: {@code pods}, {@code deploy}, {@code deployments.v1.apps}, {@code pods.v1.}. */
    public static boolean isTypeToken(String s) {
        return s != null && TYPE.matcher(s).matches();
    }

    public static String namespaceRule() {
        return "a lowercase RFC 1123 label: a-z, 0-9 and '-', at most 63 characters, starting and ending alphanumeric";
    }

    public static String nameRule() {
        return "letters, digits, '-', '.', ':' or '@', at most 253 characters, starting and ending alphanumeric";
    }
}
