package io.krmcp.kube;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.krmcp.kube.model.ResourceDiscovery;
import io.krmcp.kube.model.ResourceType;

/** Discovery through {@code /api/v1}, {@code /apis} and each group's versions, preferred first, as kubectl does it. */
public final class ApiDiscovery implements ResourceDiscovery {

    private static final Logger LOG = LoggerFactory.getLogger(ApiDiscovery.class);
    private static final Duration BUDGET = Duration.ofSeconds(10);

    /** The discovery documents: the core group's versions, the named groups, and one group version's resources. */
    public static final String CORE_VERSIONS = "/api";
    public static final String GROUPS = "/apis";

    public static String resourcesOf(String group, String version) {
        return group.isEmpty() ? CORE_VERSIONS + "/" + version : GROUPS + "/" + group + "/" + version;
    }

    private final KubeApi api;

    public ApiDiscovery(KubeApi api) {
        this.api = api;
    }

    @Override
    public List<ResourceType> discover(Duration budget) {
        Deadline deadline = Deadline.in(budget.compareTo(BUDGET) < 0 ? budget : BUDGET);
        List<ResourceType> types = new ArrayList<>();
        try {
            addResources(types, "", "v1", api.get(resourcesOf("", "v1"), Map.of(), KubeApi.ACCEPT_JSON, deadline));
            JsonNode groups = api.get(GROUPS, Map.of(), KubeApi.ACCEPT_JSON, deadline);
            for (JsonNode group : groups.path("groups")) {
                String name = group.path("name").asText();
                String preferred = group.path("preferredVersion").path("version").asText();
                if (name.isEmpty() || preferred.isEmpty()) {
                    continue;
                }
                // kubectl's ServerPreferredResources: the preferred version's resources, then those only an older
                // version serves (a type not yet promoted), each under the first version that has it
                List<String> versions = new ArrayList<>(List.of(preferred));
                group.path("versions").forEach(v -> {
                    if (!versions.contains(v.path("version").asText())) {
                        versions.add(v.path("version").asText());
                    }
                });
                Set<String> seen = new HashSet<>();
                for (String version : versions) {
                    try {
                        List<ResourceType> found = new ArrayList<>();
                        addResources(found, name, version,
                                api.get(resourcesOf(name, version), Map.of(), KubeApi.ACCEPT_JSON, deadline));
                        found.stream().filter(t -> seen.add(t.plural())).forEach(types::add);
                    } catch (ApiException e) {
                        // one broken aggregated API must not hide the others, as with kubectl
                        LOG.debug("discovery of {}/{} failed: {}", name, version, e.getMessage());
                    }
                }
            }
        } catch (ApiException | CallTimeoutException e) {
            LOG.debug("discovery unavailable: {}", e.getMessage());
        }
        return types;
    }

    private static void addResources(List<ResourceType> into, String group, String version, JsonNode list) {
        for (JsonNode r : list.path("resources")) {
            String plural = r.path("name").asText();
            if (plural.isEmpty() || plural.contains("/")) {
                continue;
            }
            List<String> shortNames = new ArrayList<>();
            r.path("shortNames").forEach(s -> shortNames.add(s.asText()));
            List<String> verbs = new ArrayList<>();
            r.path("verbs").forEach(v -> verbs.add(v.asText()));
            List<String> categories = new ArrayList<>();
            r.path("categories").forEach(c -> categories.add(c.asText()));
            into.add(new ResourceType(plural, r.path("singularName").asText(""), shortNames,
                    r.path("kind").asText(), group, version, r.path("namespaced").asBoolean(), verbs, categories));
        }
    }
}
