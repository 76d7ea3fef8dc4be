package io.krmcp.kube.model;

import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The object metadata every Kubernetes object carries, read by name instead of by path: a missing field reads as
 * empty, as kubectl's accessors do.
 */
public final class KubeObject {

    private static final String ROLE_PREFIX = "node-role.kubernetes.io/";

    private KubeObject() {
    }

    public static JsonNode metadata(JsonNode object) {
        return object.path("metadata");
    }

    public static String name(JsonNode object) {
        return metadata(object).path("name").asText("");
    }

    /** Empty for a cluster-scoped object. */
    public static String namespace(JsonNode object) {
        return metadata(object).path("namespace").asText("");
    }

    public static String uid(JsonNode object) {
        return metadata(object).path("uid").asText("");
    }

    public static String resourceVersion(JsonNode object) {
        return metadata(object).path("resourceVersion").asText("");
    }

    public static String creationTimestamp(JsonNode object) {
        return metadata(object).path("creationTimestamp").asText("");
    }

    /** The labels map (a missing node when there are none). */
    public static JsonNode labels(JsonNode object) {
        return metadata(object).path("labels");
    }

    /** {@code findNodeRoles}: {@code node-role.kubernetes.io/<role>} label keys and the {@code kubernetes.io/role} value. */
    public static Set<String> nodeRoles(JsonNode node) {
        Set<String> roles = new TreeSet<>();
        labels(node).fields().forEachRemaining(e -> {
            if (e.getKey().startsWith(ROLE_PREFIX)) {
                String role = e.getKey().substring(ROLE_PREFIX.length());
                if (!role.isEmpty()) {
                    roles.add(role);
                }
            } else if (e.getKey().equals("kubernetes.io/role") && !e.getValue().asText().isEmpty()) {
                roles.add(e.getValue().asText());
            }
        });
        return roles;
    }

    /** Whether the owner with this uid is the object's controller. */
    public static boolean isControlledBy(JsonNode object, String ownerUid) {
        for (JsonNode owner : metadata(object).path("ownerReferences")) {
            if (owner.path("controller").asBoolean(false) && ownerUid.equals(owner.path("uid").asText())) {
                return true;
            }
        }
        return false;
    }
}
