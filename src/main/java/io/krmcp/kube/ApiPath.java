package io.krmcp.kube;

import java.util.List;
import java.util.Optional;

/**
 * A request path read back into what it addresses: {@code /api/v1/namespaces/shop/secrets/db} is the core group's
 * {@code secrets} named {@code db} in {@code shop}. The API client judges every request on this form (which resource,
 * which namespace), never on how a verb spelled its URL, so a rule about Secrets or namespaces holds for every
 * request whoever built it.
 *
 * @param group the API group, empty for the core group ({@code /api/v1})
 * @param namespace the namespace segment, when the path has one ({@code /namespaces/X/...}); for the
 *     {@code namespaces} resource itself this is empty and {@code name} holds the namespace
 * @param resource the plural resource ({@code pods}), empty for discovery and other non-resource paths
 * @param name the object's name, when the path names one
 * @param subresource {@code status}, {@code scale}, {@code log}, {@code eviction}, ...
 */
public record ApiPath(String group, String version, Optional<String> namespace, String resource,
                      Optional<String> name, Optional<String> subresource) {

    /** Reads a path as built by {@code ResourceType}; anything else (discovery, {@code /version}) has no resource. */
    public static ApiPath parse(String path) {
        String p = path;
        int q = p.indexOf('?');
        if (q >= 0) {
            p = p.substring(0, q);
        }
        List<String> s = List.of(p.replaceAll("^/+|/+$", "").split("/+"));
        int i;
        String group;
        String version;
        if (s.size() >= 2 && s.get(0).equals("api")) {
            group = "";
            version = s.get(1);
            i = 2;
        } else if (s.size() >= 3 && s.get(0).equals("apis")) {
            group = s.get(1);
            version = s.get(2);
            i = 3;
        } else {
            return new ApiPath("", "", Optional.empty(), "", Optional.empty(), Optional.empty());
        }
        Optional<String> namespace = Optional.empty();
        boolean namespaceSubresource = s.size() == i + 3 && s.get(i).equals("namespaces")
                && (s.get(i + 2).equals("status") || s.get(i + 2).equals("finalize"));
        if (s.size() >= i + 3 && s.get(i).equals("namespaces") && !namespaceSubresource) {
            namespace = Optional.of(s.get(i + 1));
            i += 2;
        }
        String resource = s.size() > i ? s.get(i) : "";
        Optional<String> name = s.size() > i + 1 ? Optional.of(s.get(i + 1)) : Optional.empty();
        Optional<String> sub = s.size() > i + 2 ? Optional.of(String.join("/", s.subList(i + 2, s.size())))
                : Optional.empty();
        return new ApiPath(group, version, namespace, resource, name, sub);
    }

    /** Whether the path addresses core Secrets (a list, one Secret, or a subresource of one). */
    public boolean isSecrets() {
        return group.isEmpty() && resource.equals("secrets");
    }

    /** {@code pods}, {@code deployments.apps}: the resource as RBAC and server errors name it. */
    public String groupResource() {
        return group.isEmpty() ? resource : resource + "." + group;
    }
}
