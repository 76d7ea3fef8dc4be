package io.krmcp.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.krmcp.kube.model.ResourceType;
import io.krmcp.kube.model.ResourceTypes;

/**
 * What the demo's API server says about itself: {@code /version}, {@code /api}, {@code /apis} and each group
 * version's resource list (the built-in types, plus {@code metrics.k8s.io} served by {@link DemoMetrics}). The mock
 * would answer these paths with every stored object.
 */
final class DemoDiscovery {

    static final String SERVER_VERSION = "v1.34.2";
    private static final List<String> VERBS = List.of("create", "delete", "deletecollection", "get", "list", "patch",
            "update", "watch");
    private static final Set<String> IN_ALL = Set.of("pods", "services", "replicationcontrollers", "deployments",
            "replicasets", "statefulsets", "daemonsets", "jobs", "cronjobs", "horizontalpodautoscalers");

    private final ObjectMapper json;

    DemoDiscovery(ObjectMapper json) {
        this.json = json;
    }

    /** The document for a discovery path, or empty when the path is not one. */
    Optional<String> answer(String path) {
        return switch (path) {
            case "/version" -> Optional.of(version());
            case "/api" -> Optional.of("{\"kind\":\"APIVersions\",\"versions\":[\"v1\"]}");
            case "/apis" -> Optional.of(groups());
            default -> resources(path);
        };
    }

    private String version() {
        ObjectNode v = json.createObjectNode();
        v.put("major", "1").put("minor", "34").put("gitVersion", SERVER_VERSION)
                .put("gitCommit", "d3d4b6b8e0c6f0c2a9d1f7e2b5c8a4e6f1d2c3b4").put("gitTreeState", "clean")
                .put("buildDate", "2025-11-11T19:06:28Z").put("goVersion", "go1.24.9").put("compiler", "gc")
                .put("platform", "linux/amd64");
        return v.toString();
    }

    private static Map<String, String> groupVersions() {
        Map<String, String> groups = new LinkedHashMap<>();
        for (ResourceType t : ResourceTypes.builtins()) {
            if (!t.group().isEmpty()) {
                groups.putIfAbsent(t.group(), t.version());
            }
        }
        groups.put(DemoMetrics.GROUP, DemoMetrics.VERSION);
        return groups;
    }

    private String groups() {
        ObjectNode list = json.createObjectNode().put("kind", "APIGroupList").put("apiVersion", "v1");
        ArrayNode groups = list.putArray("groups");
        groupVersions().forEach((group, version) -> {
            ObjectNode g = groups.addObject().put("name", group);
            ObjectNode gv = json.createObjectNode().put("groupVersion", group + "/" + version).put("version", version);
            g.putArray("versions").add(gv);
            g.set("preferredVersion", gv.deepCopy());
        });
        return list.toString();
    }

    private Optional<String> resources(String path) {
        String groupVersion;
        if (path.equals("/api/v1")) {
            groupVersion = "v1";
        } else if (path.startsWith("/apis/") && path.chars().filter(c -> c == '/').count() == 3) {
            groupVersion = path.substring("/apis/".length());
        } else {
            return Optional.empty();
        }
        ObjectNode list = json.createObjectNode().put("kind", "APIResourceList").put("apiVersion", "v1")
                .put("groupVersion", groupVersion);
        ArrayNode resources = list.putArray("resources");
        if (groupVersion.equals(DemoMetrics.GROUP + "/" + DemoMetrics.VERSION)) {
            resources.add(metrics("nodes", "NodeMetrics", false));
            resources.add(metrics("pods", "PodMetrics", true));
            return Optional.of(list.toString());
        }
        boolean any = false;
        for (ResourceType t : ResourceTypes.builtins()) {
            if (!t.apiVersion().equals(groupVersion)) {
                continue;
            }
            any = true;
            ObjectNode r = resources.addObject().put("name", t.plural()).put("singularName", t.singular())
                    .put("namespaced", t.namespaced()).put("kind", t.kind());
            VERBS.forEach(r.withArray("verbs")::add);
            t.shortNames().forEach(r.withArray("shortNames")::add);
            if (IN_ALL.contains(t.plural())) {
                r.putArray("categories").add("all");
            }
        }
        if (groupVersion.equals("v1")) {
            // drain looks for this subresource before it evicts; without it kubectl falls back to deleting
            resources.addObject().put("name", "pods/eviction").put("singularName", "").put("namespaced", true)
                    .put("group", "policy").put("version", "v1").put("kind", "Eviction").putArray("verbs")
                    .add("create");
            resources.addObject().put("name", "pods/log").put("singularName", "").put("namespaced", true)
                    .put("kind", "Pod").putArray("verbs").add("get");
        }
        return any ? Optional.of(list.toString()) : Optional.empty();
    }

    private ObjectNode metrics(String plural, String kind, boolean namespaced) {
        ObjectNode r = json.createObjectNode().put("name", plural).put("singularName", "")
                .put("namespaced", namespaced).put("kind", kind);
        r.putArray("verbs").add("get").add("list");
        return r;
    }
}
