package io.krmcp.kube.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResourceTypesTest {

    private static final java.time.Duration T = java.time.Duration.ofSeconds(5);
    private final ResourceTypes types = new ResourceTypes(ResourceDiscovery.NONE, Clock.systemUTC());

    @ParameterizedTest
    @CsvSource({
            "pods,pods,''", "pod,pods,''", "po,pods,''", "Pod,pods,''", "PODS,pods,''", "pods.v1.,pods,''",
            "deploy,deployments,apps", "deployment,deployments,apps", "deployments.apps,deployments,apps",
            "deployments.v1.apps,deployments,apps", "Deployment.apps,deployments,apps",
            "svc,services,''", "ns,namespaces,''", "no,nodes,''", "ev,events,''", "cm,configmaps,''",
            "sts,statefulsets,apps", "ds,daemonsets,apps", "rs,replicasets,apps", "cj,cronjobs,batch",
            "jobs,jobs,batch", "ing,ingresses,networking.k8s.io", "hpa,horizontalpodautoscalers,autoscaling",
            "pvc,persistentvolumeclaims,''", "pv,persistentvolumes,''", "sa,serviceaccounts,''",
            "pdb,poddisruptionbudgets,policy", "crd,customresourcedefinitions,apiextensions.k8s.io",
            "netpol,networkpolicies,networking.k8s.io"})
    void resolvesEveryNameKubectlAccepts(String token, String plural, String group) throws Exception {
        ResourceType type = types.resolve(token, T);
        assertEquals(plural, type.plural());
        assertEquals(group, type.group());
    }

    @Test
    void podNeverMeansPodDisruptionBudgets() throws Exception {
        assertEquals("pods", types.resolve("po", T).plural());
        assertEquals("poddisruptionbudgets", types.resolve("poddisruptionbudgets", T).plural());
    }

    @Test
    void wrongGroupIsNotResolved() {
        assertThrows(UnknownResourceTypeException.class, () -> types.resolve("deployments.batch", T));
        assertThrows(UnknownResourceTypeException.class, () -> types.resolve("pods.v2.", T));
    }

    @Test
    void unknownTypeHasKubectlsMessage() {
        var e = assertThrows(UnknownResourceTypeException.class, () -> types.resolve("foo", T));
        assertEquals("error: the server doesn't have a resource type \"foo\"", e.getMessage());
    }

    @Test
    void customResourcesComeFromDiscoveryAndAreCached() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        ResourceType widget = new ResourceType("widgets", "widget", List.of("wg"), "Widget", "example.com", "v1", true);
        ResourceTypes withCrd = new ResourceTypes(budget -> {
            calls.incrementAndGet();
            return List.of(widget);
        }, Clock.systemUTC());
        assertEquals(widget, withCrd.resolve("wg", T));
        assertEquals(widget, withCrd.resolve("widgets.example.com", T));
        assertEquals(widget, withCrd.resolve("widget", T));
        assertEquals(1, calls.get());
        assertEquals("pods", withCrd.resolve("po", T).plural());
        assertEquals(1, calls.get(), "built-in types never trigger discovery");
    }

    @Test
    void pathsAndNames() throws Exception {
        ResourceType deploy = types.resolve("deploy", T);
        assertEquals("/apis/apps/v1/namespaces/prod/deployments/web", deploy.objectPath("prod", "web"));
        assertEquals("/apis/apps/v1/deployments", deploy.collectionPath(null));
        assertEquals("deployment.apps", deploy.kindPrefix());
        assertEquals("deployments.apps", deploy.groupResource());
        ResourceType nodes = types.resolve("nodes", T);
        assertEquals("/api/v1/nodes", nodes.collectionPath("ignored-for-cluster-scope"));
        assertEquals("pod", types.resolve("po", T).kindPrefix());
    }
}
