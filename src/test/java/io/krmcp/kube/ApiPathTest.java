package io.krmcp.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class ApiPathTest {

    @Test
    void readsNamespacedObjectsAndSubresources() {
        ApiPath p = ApiPath.parse("/apis/apps/v1/namespaces/shop/deployments/web/scale?dryRun=All");
        assertEquals("apps", p.group());
        assertEquals(Optional.of("shop"), p.namespace());
        assertEquals("deployments", p.resource());
        assertEquals(Optional.of("web"), p.name());
        assertEquals(Optional.of("scale"), p.subresource());
        assertEquals("deployments.apps", p.groupResource());
    }

    @Test
    void aNamespaceIsAnObjectNotAScope() {
        ApiPath ns = ApiPath.parse("/api/v1/namespaces/shop");
        assertEquals("namespaces", ns.resource());
        assertEquals(Optional.of("shop"), ns.name());
        assertEquals(Optional.empty(), ns.namespace());
        ApiPath status = ApiPath.parse("/api/v1/namespaces/shop/status");
        assertEquals("namespaces", status.resource());
        assertEquals(Optional.of("status"), status.subresource());
        ApiPath list = ApiPath.parse("/api/v1/namespaces/shop/secrets");
        assertEquals(Optional.of("shop"), list.namespace());
        assertTrue(list.isSecrets());
    }

    @Test
    void secretsOnlyInTheCoreGroup() {
        assertTrue(ApiPath.parse("/api/v1/secrets").isSecrets());
        assertTrue(ApiPath.parse("/api/v1/namespaces/a/secrets/b").isSecrets());
        assertFalse(ApiPath.parse("/apis/example.com/v1/namespaces/a/secrets/b").isSecrets());
        assertFalse(ApiPath.parse("/version").isSecrets());
        assertEquals("", ApiPath.parse("/apis").resource());
    }
}
