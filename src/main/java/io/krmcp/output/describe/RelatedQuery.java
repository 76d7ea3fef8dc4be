package io.krmcp.output.describe;

import java.util.Map;

import io.krmcp.kube.model.KnownTypes;

/**
 * Something a describer shows besides the object itself (a Deployment's ReplicaSets, a Node's pods and lease),
 * named by {@code key}. The describe verb fetches it before the describer writes, so describers never call the API.
 *
 * @param single true for one object by path (a 404 becomes the key's error), false for a list (paged)
 */
public record RelatedQuery(String key, String path, Map<String, String> query, boolean single) {

    public static RelatedQuery list(String key, String path, Map<String, String> query) {
        return new RelatedQuery(key, path, Map.copyOf(query), false);
    }

    public static RelatedQuery object(String key, String path) {
        return new RelatedQuery(key, path, Map.of(), true);
    }

    /** Pods in a namespace matching a label selector, as kubectl's describers count a controller's pods. */
    public static RelatedQuery podsMatching(String key, String namespace, String selector) {
        return list(key, KnownTypes.PODS.collectionPath(namespace),
                selector.isEmpty() ? Map.of() : Map.of("labelSelector", selector));
    }
}
