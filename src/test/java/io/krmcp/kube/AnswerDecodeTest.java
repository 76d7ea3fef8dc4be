package io.krmcp.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.krmcp.MockApi;
import io.krmcp.config.NamespaceRules;

/** Answers are parsed without managedFields, which only some printers show, unless read whole. */
class AnswerDecodeTest {

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

    /** Only an object's own managedFields go: a ConfigMap's key or an OpenAPI property of that name is data. */
    @Test
    void onlyMetadataManagedFieldsAreLeftOut() throws Exception {
        api.expect().get().withPath("/api/v1/namespaces/shop/configmaps/cm").andReturn(200, "{\"kind\":\"ConfigMap\","
                + "\"metadata\":{\"name\":\"cm\"," + MANAGED + "},\"data\":{\"managedFields\":\"kept\"}}").always();
        api.expect().get().withPath("/openapi/v3/apis/batch/v1").andReturn(200, "{\"components\":{\"schemas\":{"
                + "\"ObjectMeta\":{\"properties\":{\"managedFields\":{\"type\":\"array\"}}}}}}").always();
        KubeApi kube = new KubeApi(api.client(), new ObjectMapper());
        Deadline deadline = Deadline.in(Duration.ofSeconds(5));
        JsonNode cm = kube.get("/api/v1/namespaces/shop/configmaps/cm", Map.of(), KubeApi.ACCEPT_JSON, deadline);
        assertFalse(cm.path("metadata").has("managedFields"), cm.toString());
        assertEquals("kept", cm.path("data").path("managedFields").asText(), cm.toString());
        JsonNode openapi = kube.get("/openapi/v3/apis/batch/v1", Map.of(), KubeApi.ACCEPT_JSON, deadline);
        assertEquals("array", openapi.at("/components/schemas/ObjectMeta/properties/managedFields/type").asText());
    }

    @Test
    void objectsArriveWithoutManagedFieldsUnlessReadWhole() throws Exception {
        api.expect().get().withPath("/api/v1/namespaces/shop/pods/web").andReturn(200, POD).always();
        api.expect().get().withPath("/api/v1/namespaces/shop/pods?limit=1").andReturn(200, "{\"kind\":\"PodList\","
                + "\"metadata\":{},\"items\":[" + POD + "]}").always();
        KubeApi kube = new KubeApi(api.client(), new ObjectMapper());
        Deadline deadline = Deadline.in(Duration.ofSeconds(5));
        JsonNode lean = kube.get("/api/v1/namespaces/shop/pods/web", Map.of(), KubeApi.ACCEPT_JSON, deadline);
        assertFalse(lean.path("metadata").has("managedFields"), lean.toString());
        assertEquals("shop", lean.path("metadata").path("namespace").asText());
        JsonNode whole = kube.get("/api/v1/namespaces/shop/pods/web", Map.of(), KubeApi.ACCEPT_JSON,
                KubeApi.Answer.WHOLE, deadline);
        assertEquals("kubelet", whole.path("metadata").path("managedFields").path(0).path("manager").asText());
        assertFalse(kube.listAll("/api/v1/namespaces/shop/pods", Map.of(), 1, deadline).get(0).path("metadata")
                .has("managedFields"));
        assertTrue(kube.listAll("/api/v1/namespaces/shop/pods", Map.of(), 1, KubeApi.Answer.WHOLE, deadline).get(0)
                .path("metadata").has("managedFields"));
    }

    /**
     * Under namespace rules a Table row across namespaces is placed by its metadata: whatever a verb asked, the client
     * asks for the rows with it, and the row of a namespace outside the list is withheld. In one namespace the verb's
     * {@code includeObject=None} stands.
     */
    @Test
    void rowsAcrossNamespacesCarryTheMetadataTheNamespaceRulesJudge() throws Exception {
        String twoNamespaces = TABLE.replace("]}", ",{\"cells\":[\"db\"],\"object\":{\"kind\":"
                + "\"PartialObjectMetadata\",\"metadata\":{\"name\":\"db\",\"namespace\":\"vault\"}}}]}");
        api.expect().get().withPath("/api/v1/pods?includeObject=Metadata").andReturn(200, twoNamespaces).always();
        api.expect().get().withPath("/api/v1/namespaces/shop/pods?includeObject=None").andReturn(200, TABLE).always();
        ObjectMapper json = new ObjectMapper();
        KubeApi kube = new KubeApi(() -> api.client(), json, KubeApi.Observer.NONE, KubeApi.Protections.of(true, json,
                new NamespaceGuard(new NamespaceRules(List.of("shop"), List.of()))));
        Deadline deadline = Deadline.in(Duration.ofSeconds(5));
        JsonNode table = kube.get("/api/v1/pods", Map.of("includeObject", "None"), KubeApi.ACCEPT_TABLE, deadline);
        assertEquals("/api/v1/pods?includeObject=Metadata", api.lastRequest().getPath());
        assertEquals(1, table.path("rows").size(), table.toString());
        assertEquals("web", table.at("/rows/0/cells/0").asText());
        kube.get("/api/v1/namespaces/shop/pods", Map.of("includeObject", "None"), KubeApi.ACCEPT_TABLE, deadline);
        assertEquals("/api/v1/namespaces/shop/pods?includeObject=None", api.lastRequest().getPath());
    }

    /**
     * However little a printer reads of each item, the namespace rules still see each item's namespace: the
     * projection cannot let an item of a denied namespace through, and redaction still sees what it redacts.
     */
    @Test
    void projectedItemsKeepWhatTheProtectionsRead() throws Exception {
        api.expect().get().withPath("/api/v1/pods").andReturn(200, "{\"kind\":\"PodList\",\"metadata\":{},\"items\":["
                + "{\"metadata\":{\"name\":\"web\",\"namespace\":\"shop\"},\"spec\":{\"nodeName\":\"n1\"}},"
                + "{\"metadata\":{\"name\":\"db\",\"namespace\":\"vault\"},\"spec\":{\"nodeName\":\"n2\"}}]}")
                .always();
        ObjectMapper json = new ObjectMapper();
        KubeApi kube = new KubeApi(() -> api.client(), json, KubeApi.Observer.NONE, KubeApi.Protections.of(true, json,
                new NamespaceGuard(new NamespaceRules(List.of("shop"), List.of()))));
        List<JsonNode> items = kube.listAll("/api/v1/pods", Map.of(), 0,
                KubeApi.Answer.itemsWith(Projection.of(List.of(List.of("spec", "nodeName")))),
                Deadline.in(Duration.ofSeconds(5)));
        assertEquals(1, items.size(), items.toString());
        assertEquals("{\"metadata\":{\"name\":\"web\",\"namespace\":\"shop\"},\"spec\":{\"nodeName\":\"n1\"}}",
                items.get(0).toString());

        api.expect().get().withPath("/api/v1/namespaces/shop/secrets").andReturn(200, "{\"kind\":\"SecretList\","
                + "\"items\":[{\"metadata\":{\"name\":\"s\"},\"data\":{\"password\":\"aHVudGVyMg==\"}}]}").always();
        JsonNode secret = kube.listAll("/api/v1/namespaces/shop/secrets", Map.of(), 0,
                KubeApi.Answer.itemsWith(Projection.of(List.of(List.of("data")))), Deadline.in(Duration.ofSeconds(5)))
                .get(0);
        assertEquals("[redacted: 7 bytes]", secret.at("/data/password").asText(), secret.toString());
    }
}
