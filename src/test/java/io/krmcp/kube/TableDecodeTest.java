package io.krmcp.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.krmcp.MockApi;

/** Table answers are parsed without the rows' managedFields, which no table prints; object answers keep them. */
class TableDecodeTest {

    @RegisterExtension
    final MockApi api = new MockApi();

    static final String MANAGED = "\"managedFields\":[{\"manager\":\"kubelet\",\"fieldsV1\":{\"f:status\":{}}}]";
    static final String TABLE = "{\"kind\":\"Table\",\"apiVersion\":\"meta.k8s.io/v1\",\"columnDefinitions\":"
            + "[{\"name\":\"Name\",\"type\":\"string\"}],\"rows\":[{\"cells\":[\"web\"],\"object\":{\"kind\":"
            + "\"PartialObjectMetadata\",\"metadata\":{\"name\":\"web\",\"namespace\":\"shop\",\"labels\":{\"app\":"
            + "\"web\"}," + MANAGED + "}}}]}";
    static final String POD = "{\"kind\":\"Pod\",\"apiVersion\":\"v1\",\"metadata\":{\"name\":\"web\",\"namespace\":"
            + "\"shop\"," + MANAGED + "}}";

    @Test
    void tableRowsArriveWithoutManagedFieldsAndWithEverythingElse() throws Exception {
        api.expect().get().withPath("/api/v1/namespaces/shop/pods").andReturn(200, TABLE).always();
        KubeApi kube = new KubeApi(api.client(), new ObjectMapper());
        JsonNode table = kube.get("/api/v1/namespaces/shop/pods", Map.of(), KubeApi.ACCEPT_TABLE,
                Deadline.in(Duration.ofSeconds(5)));
        JsonNode metadata = table.path("rows").path(0).path("object").path("metadata");
        assertFalse(metadata.has("managedFields"), metadata.toString());
        assertEquals("web", metadata.path("labels").path("app").asText());
        assertEquals("shop", metadata.path("namespace").asText());
        assertEquals("web", table.path("rows").path(0).path("cells").path(0).asText());
        assertEquals("Name", table.path("columnDefinitions").path(0).path("name").asText());
    }

    @Test
    void emptyListsAndObjectsSurviveTheFilter() throws Exception {
        api.expect().get().withPath("/api/v1/namespaces/shop/pods").andReturn(200, "{\"kind\":\"PodList\","
                + "\"apiVersion\":\"v1\",\"metadata\":{},\"items\":[]}").always();
        KubeApi kube = new KubeApi(api.client(), new ObjectMapper());
        JsonNode list = kube.get("/api/v1/namespaces/shop/pods", Map.of(), KubeApi.ACCEPT_TABLE,
                Deadline.in(Duration.ofSeconds(5)));
        assertTrue(list.path("items").isArray(), list.toString());
        assertTrue(list.path("metadata").isObject(), list.toString());
    }

    @Test
    void objectsKeepTheirManagedFieldsForShowManagedFields() throws Exception {
        api.expect().get().withPath("/api/v1/namespaces/shop/pods/web").andReturn(200, POD).always();
        KubeApi kube = new KubeApi(api.client(), new ObjectMapper());
        JsonNode pod = kube.get("/api/v1/namespaces/shop/pods/web", Map.of(), KubeApi.ACCEPT_JSON,
                Deadline.in(Duration.ofSeconds(5)));
        assertTrue(pod.path("metadata").has("managedFields"));
    }
}
