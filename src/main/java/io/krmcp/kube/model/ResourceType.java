package io.krmcp.kube.model;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A kind the API server serves, with every name kubectl accepts for it.
 *
 * @param plural resource name in URLs ({@code deployments})
 * @param singular lower-case singular ({@code deployment})
 * @param shortNames kubectl aliases ({@code deploy})
 * @param kind the object's kind ({@code Deployment})
 * @param group API group, empty for the core group
 * @param version preferred version
 * @param namespaced whether objects live in a namespace
 * @param verbs what the server allows on the type, as discovery lists it (empty for built-ins not yet discovered)
 * @param categories discovery's categories ({@code all})
 */
public record ResourceType(String plural, String singular, List<String> shortNames, String kind, String group,
                           String version, boolean namespaced, List<String> verbs, List<String> categories) {

    public ResourceType(String plural, String singular, List<String> shortNames, String kind, String group,
                        String version, boolean namespaced) {
        this(plural, singular, shortNames, kind, group, version, namespaced, List.of(), List.of());
    }

    public ResourceType {
        shortNames = List.copyOf(shortNames);
        verbs = List.copyOf(verbs);
        categories = List.copyOf(categories);
        singular = singular == null || singular.isEmpty() ? kind.toLowerCase(Locale.ROOT) : singular;
    }

    /** {@code v1} or {@code apps/v1}: the apiVersion objects of this type carry. */
    public String apiVersion() {
        return group.isEmpty() ? version : group + "/" + version;
    }

    /** Path of the collection: {@code /apis/apps/v1/namespaces/prod/deployments}; null namespace means all. */
    public String collectionPath(String namespace) {
        String base = group.isEmpty() ? "/api/" + version : "/apis/" + group + "/" + version;
        if (namespaced && namespace != null) {
            base += "/namespaces/" + namespace;
        }
        return base + "/" + plural;
    }

    public String objectPath(String namespace, String name) {
        return collectionPath(namespace) + "/" + name;
    }

    /** Path of an object's subresource: {@code /api/v1/namespaces/prod/pods/web/log}. */
    public String subresourcePath(String namespace, String name, String subresource) {
        return objectPath(namespace, name) + "/" + subresource;
    }

    /** The same type served at another version (an API still in beta on older servers). */
    public ResourceType atVersion(String otherVersion) {
        return new ResourceType(plural, singular, shortNames, kind, group, otherVersion, namespaced, verbs, categories);
    }

    /** {@code deployments.apps} or {@code pods}: how kubectl names the resource in server errors. */
    public String groupResource() {
        return group.isEmpty() ? plural : plural + "." + group;
    }

    /**
     * What kubectl prints when an object of this type is missing: {@code Error from server (NotFound): pods "web" not
     * found}. Said here once, since some servers (and the test mock) answer 404 without a Status to copy it from.
     */
    public String notFound(String name) {
        return "Error from server (NotFound): " + groupResource() + " \"" + name + "\" not found";
    }

    /** {@code deployment.apps} or {@code pod}: the prefix of {@code -o name} output and kind-qualified table names. */
    public String kindPrefix() {
        String lower = kind.toLowerCase(Locale.ROOT);
        return group.isEmpty() ? lower : lower + "." + group;
    }

    /**
     * Fills in {@code apiVersion} and {@code kind} where the server left them out (list items), as kubectl's decoder
     * does; returns the same node.
     */
    public JsonNode withTypeMeta(JsonNode object) {
        if (object instanceof ObjectNode o) {
            if (!o.hasNonNull("apiVersion")) {
                o.put("apiVersion", apiVersion());
            }
            if (!o.hasNonNull("kind")) {
                o.put("kind", kind);
            }
        }
        return object;
    }

    /** Whether a user-typed token (already lower-cased) names this type without a group. */
    public boolean answersTo(String token) {
        return plural.equals(token) || singular.equals(token) || shortNames.contains(token)
                || kind.toLowerCase(Locale.ROOT).equals(token);
    }
}
