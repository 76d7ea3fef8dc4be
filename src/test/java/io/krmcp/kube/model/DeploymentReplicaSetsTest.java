package io.krmcp.kube.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

/** Which ReplicaSet is a Deployment's new one: same template without the hash label, owned by it, oldest first. */
class DeploymentReplicaSetsTest {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    static JsonNode rs(String name, String created, String image, String ownerUid) throws IOException {
        return YAML.readTree("""
                metadata:
                  name: %s
                  creationTimestamp: "%s"
                  ownerReferences: [{kind: Deployment, name: web, uid: %s, controller: true}]
                spec:
                  template:
                    metadata: {labels: {app: web, pod-template-hash: %s}}
                    spec: {containers: [{name: web, image: "%s", env: []}]}
                """.formatted(name, created, ownerUid, name.substring(4), image));
    }

    @Test
    void newIsTheOwnedSetWithTheSameTemplate() throws IOException {
        JsonNode deployment = YAML.readTree("""
                metadata: {name: web, uid: d1}
                spec:
                  template:
                    metadata: {labels: {app: web}}
                    spec: {containers: [{name: web, image: "web:2"}]}
                """);
        JsonNode v1 = rs("web-aaa", "2026-01-01T00:00:00Z", "web:1", "d1");
        JsonNode v2 = rs("web-bbb", "2026-01-02T00:00:00Z", "web:2", "d1");
        JsonNode twin = rs("web-ccc", "2026-01-03T00:00:00Z", "web:2", "d1");
        JsonNode foreign = rs("web-ddd", "2025-01-01T00:00:00Z", "web:2", "other");
        DeploymentReplicaSets sets = DeploymentReplicaSets.of(deployment, List.of(twin, foreign, v2, v1));
        assertEquals("web-bbb", sets.newSet().orElseThrow().path("metadata").path("name").asText());
        assertEquals(List.of("web-aaa", "web-ccc"), sets.oldSets().stream()
                .map(r -> r.path("metadata").path("name").asText()).toList());
    }

    @Test
    void noNewSetWhenNoTemplateMatches() throws IOException {
        JsonNode deployment = YAML.readTree("""
                metadata: {name: web, uid: d1}
                spec: {template: {metadata: {labels: {app: web}}, spec: {containers: [{name: web, image: "web:3"}]}}}
                """);
        DeploymentReplicaSets sets = DeploymentReplicaSets.of(deployment,
                List.of(rs("web-aaa", "2026-01-01T00:00:00Z", "web:1", "d1")));
        assertTrue(sets.newSet().isEmpty());
        assertEquals(1, sets.oldSets().size());
    }
}
