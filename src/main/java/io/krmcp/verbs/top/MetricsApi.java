package io.krmcp.verbs.top;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.krmcp.kube.ApiDiscovery;
import io.krmcp.kube.ApiException;
import io.krmcp.kube.CallTimeoutException;
import io.krmcp.kube.KubeApi;
import io.krmcp.kube.model.ResourceType;
import io.krmcp.verbs.VerbContext;
import io.krmcp.verbs.VerbException;

/**
 * The {@code metrics.k8s.io} group as {@code kubectl top} finds it: through the server's group list, preferring the
 * first supported version the group lists; no group means metrics-server is not installed.
 */
record MetricsApi(String version) {

    private static final List<String> SUPPORTED = List.of("v1", "v1beta1");
    static final String GROUP = "metrics.k8s.io";

    static MetricsApi discover(VerbContext ctx) throws VerbException, ApiException, CallTimeoutException {
        JsonNode groups = ctx.api().get(ApiDiscovery.GROUPS, Map.of(), KubeApi.ACCEPT_JSON, ctx.deadline());
        for (JsonNode group : groups.path("groups")) {
            if (!group.path("name").asText().equals(GROUP)) {
                continue;
            }
            for (JsonNode v : group.path("versions")) {
                if (SUPPORTED.contains(v.path("version").asText())) {
                    return new MetricsApi(v.path("version").asText());
                }
            }
        }
        throw new VerbException("error: Metrics API not available");
    }

    String path(String namespace, String plural, String name) {
        ResourceType type = new ResourceType(plural, "", List.of(), plural, GROUP, version, namespace != null);
        return name == null ? type.collectionPath(namespace) : type.objectPath(namespace, name);
    }
}
