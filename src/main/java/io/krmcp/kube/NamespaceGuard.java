package io.krmcp.kube;

import java.util.Iterator;

import com.fasterxml.jackson.databind.JsonNode;

import io.krmcp.config.NamespaceRules;

/**
 * The namespace lists, applied to every request the API client sends, not only to the command line: a describer's
 * follow-up query, drain's pod list or a write to a type the policy does not know are held to the same lists as
 * the command that caused them.
 * <ul>
 *   <li>a request inside a namespace (its path has {@code /namespaces/X/}) is refused unless X is permitted;
 *   <li>a write outside any namespace (a cluster-scoped object, whatever its type: a CRD, an aggregated API, a
 *       Namespace) is refused while an allowlist is set; self-subject reviews, which change nothing, excepted;
 *   <li>a write to a denied namespace's own object is refused;
 *   <li>a list across namespaces keeps only the items of permitted namespaces ({@link #withhold}).
 * </ul>
 * The scope of a type is read from the request itself (a namespaced path, or objects carrying a namespace), never
 * from a built-in list.
 */
public final class NamespaceGuard implements RequestGuard {

    private final NamespaceRules rules;

    public NamespaceGuard(NamespaceRules rules) {
        this.rules = rules;
    }

    @Override
    public void check(String method, ApiPath path, String contentType, String body) {
        if (rules.unrestricted() || path.resource().isEmpty()) {
            return;
        }
        if (path.namespace().isPresent()) {
            String ns = path.namespace().get();
            if (!rules.permits(ns)) {
                throw new RequestRefusedException(rules.isDenied(ns) ? "namespace-denied" : "namespace-not-allowed",
                        rules.refusal(ns) + "; this request (" + describe(method, path) + ") was refused");
            }
            return;
        }
        if (method.equals("GET") || isSelfReview(path)) {
            return;
        }
        if (rules.hasAllowlist()) {
            throw new RequestRefusedException("cluster-scoped-write", "changing cluster-scoped "
                    + path.groupResource() + " is not permitted while KUBECTL_ALLOWED_NAMESPACES is set (allowed: "
                    + String.join(", ", rules.allowed()) + ")");
        }
        if (path.group().isEmpty() && path.resource().equals("namespaces") && path.name().isPresent()
                && rules.isDenied(path.name().get())) {
            throw new RequestRefusedException("namespace-denied", "changing the namespace object itself: "
                    + rules.refusal(path.name().get()));
        }
    }

    @Override
    public int withhold(String method, ApiPath path, JsonNode answer) {
        if (rules.unrestricted() || !method.equals("GET") || path.namespace().isPresent() || answer == null) {
            return 0;
        }
        int removed = 0;
        for (String field : new String[] {"items", "rows"}) {
            JsonNode list = answer.get(field);
            if (list == null || !list.isArray()) {
                continue;
            }
            for (Iterator<JsonNode> it = list.elements(); it.hasNext(); ) {
                JsonNode item = it.next();
                JsonNode metadata = field.equals("rows") ? item.path("object").path("metadata") : item.path("metadata");
                String ns = metadata.path("namespace").asText("");
                if (!ns.isEmpty() && !rules.permits(ns)) {
                    it.remove();
                    removed++;
                }
            }
        }
        return removed;
    }

    /** A row of a list across namespaces is placed by its metadata's namespace; without metadata it would pass. */
    @Override
    public boolean readsRowMetadata(ApiPath path) {
        return !rules.unrestricted() && path.namespace().isEmpty();
    }

    /** Reviews ask the API server a question and change nothing: self-subject reviews, and token reviews. */
    private static boolean isSelfReview(ApiPath path) {
        return (path.group().equals("authorization.k8s.io") || path.group().equals("authentication.k8s.io"))
                && (path.resource().startsWith("selfsubject") || path.resource().equals("tokenreviews"));
    }

    private static String describe(String method, ApiPath path) {
        return method + " " + path.groupResource() + path.name().map(n -> " " + n).orElse("");
    }
}
