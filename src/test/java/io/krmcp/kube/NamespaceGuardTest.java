package io.krmcp.kube;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import io.krmcp.config.NamespaceRules;

class NamespaceGuardTest {

    final NamespaceGuard allowShop = new NamespaceGuard(new NamespaceRules(List.of("shop", "team-*"), List.of()));
    final NamespaceGuard denySecure = new NamespaceGuard(new NamespaceRules(List.of(), List.of("secure")));

    static ApiPath p(String path) {
        return ApiPath.parse(path);
    }

    @Test
    void requestsInsideANamespaceFollowTheLists() {
        assertDoesNotThrow(() -> allowShop.check("GET", p("/api/v1/namespaces/shop/pods"), null, null));
        assertDoesNotThrow(() -> allowShop.check("DELETE", p("/api/v1/namespaces/team-a/pods/x"), null, null));
        RequestRefusedException e = assertThrows(RequestRefusedException.class,
                () -> allowShop.check("GET", p("/api/v1/namespaces/other/resourcequotas"), null, null));
        assertEquals("namespace-not-allowed", e.code());
        assertEquals("namespace 'other' is not allowed (allowed: shop, team-*); this request (GET resourcequotas) "
                + "was refused", e.getMessage());
        assertThrows(RequestRefusedException.class, () -> denySecure.check("POST",
                p("/api/v1/namespaces/secure/pods/db-0/eviction"), "application/json", "{}"));
    }

    @Test
    void clusterScopedWritesOfAnyTypeAreRefusedUnderAnAllowlist() {
        for (String path : List.of("/apis/apiregistration.k8s.io/v1/apiservices/v1.apps",
                "/apis/flowcontrol.apiserver.k8s.io/v1beta3/flowschemas/x", "/apis/example.com/v1/widgets/w",
                "/api/v1/namespaces/shop", "/api/v1/nodes/n1")) {
            RequestRefusedException e = assertThrows(RequestRefusedException.class,
                    () -> allowShop.check("PATCH", p(path), "application/merge-patch+json", "{}"), path);
            assertEquals("cluster-scoped-write", e.code());
        }
        assertDoesNotThrow(() -> allowShop.check("GET", p("/apis/apiregistration.k8s.io/v1/apiservices"), null, null));
        assertDoesNotThrow(() -> allowShop.check("POST",
                p("/apis/authorization.k8s.io/v1/selfsubjectaccessreviews"), "application/json", "{}"));
    }

    @Test
    void aDeniedNamespacesOwnObjectIsNotWritable() {
        assertThrows(RequestRefusedException.class,
                () -> denySecure.check("PATCH", p("/api/v1/namespaces/secure"), "application/merge-patch+json", "{}"));
        assertThrows(RequestRefusedException.class,
                () -> denySecure.check("DELETE", p("/api/v1/namespaces/secure"), null, null));
        assertDoesNotThrow(() -> denySecure.check("PATCH", p("/api/v1/namespaces/shop"), "x", "{}"));
        assertDoesNotThrow(() -> denySecure.check("GET", p("/api/v1/namespaces/secure"), null, null));
    }

    @Test
    void listsAcrossNamespacesKeepOnlyPermittedItems() throws Exception {
        JsonNode list = new ObjectMapper().readTree("{\"items\":[{\"metadata\":{\"name\":\"a\",\"namespace\":\"shop\"}},"
                + "{\"metadata\":{\"name\":\"b\",\"namespace\":\"secure\"}},{\"metadata\":{\"name\":\"n1\"}}]}");
        assertEquals(1, denySecure.withhold("GET", p("/api/v1/pods"), list));
        assertEquals(2, list.path("items").size());
        JsonNode table = new ObjectMapper().readTree("{\"kind\":\"Table\",\"rows\":[{\"cells\":[\"a\"],\"object\":"
                + "{\"metadata\":{\"namespace\":\"other\"}}},{\"cells\":[\"b\"],\"object\":{\"metadata\":"
                + "{\"namespace\":\"team-x\"}}}]}");
        assertEquals(1, allowShop.withhold("GET", p("/api/v1/pods"), table));
        assertEquals("b", table.at("/rows/0/cells/0").asText());
        assertEquals(0, allowShop.withhold("GET", p("/api/v1/namespaces/shop/pods"), list));
    }

    @Test
    void rowsAcrossNamespacesAreJudgedByTheirMetadataUnderRulesOnly() {
        assertEquals(true, allowShop.readsRowMetadata(p("/api/v1/pods")));
        assertEquals(true, denySecure.readsRowMetadata(p("/apis/apps/v1/deployments")));
        assertEquals(false, allowShop.readsRowMetadata(p("/api/v1/namespaces/shop/pods")));
        assertEquals(false, new NamespaceGuard(new NamespaceRules(List.of(), List.of())).readsRowMetadata(p("/api/v1/pods")));
        assertEquals(true, RequestGuard.all(List.of(RequestGuard.NONE, allowShop)).readsRowMetadata(p("/api/v1/pods")));
    }
}
