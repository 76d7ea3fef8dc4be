package io.krmcp.verbs.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.krmcp.MockApi;
import io.krmcp.kube.model.UnknownResourceTypeException;
import io.krmcp.verbs.VerbContext;
import io.krmcp.verbs.VerbException;

/**
 * The resource visitor every acting verb uses: names, a selector, {@code --all} and {@code -A}, paged listing, and
 * errors collected per object while the others are still acted on, asserted on the requests the server received.
 */
class ResourceVisitorTest {

    @RegisterExtension
    final MockApi api = new MockApi();

    static String pod(String namespace, String name) {
        return "{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"name\":\"" + name + "\",\"namespace\":\""
                + namespace + "\"}}";
    }

    static String podList(String continueToken, String... namespaceAndNames) {
        List<String> items = new ArrayList<>();
        for (String nn : namespaceAndNames) {
            String[] parts = nn.split("/");
            items.add(pod(parts[0], parts[1]));
        }
        return "{\"apiVersion\":\"v1\",\"kind\":\"PodList\",\"metadata\":{\"continue\":\"" + continueToken + "\"},"
                + "\"items\":[" + String.join(",", items) + "]}";
    }

    VerbContext ctx() {
        return api.verbContext("shop", Duration.ofSeconds(10));
    }

    static Selection select(List<Target> targets, Optional<String> labels, boolean all, boolean allNamespaces) {
        return new Selection(targets, labels, Optional.empty(), all, allNamespaces);
    }

    List<String> podRequests() throws InterruptedException {
        return api.requests().stream().map(r -> r.getMethod() + " " + r.getPath())
                .filter(p -> p.contains("/pods")).toList();
    }

    @Test
    void namesAreHandedOverWithoutReadingWhenTheActionWorksByName() throws Exception {
        List<String> seen = new ArrayList<>();
        Visit visit = new ResourceVisitor(ctx(), select(List.of(new Target("pods", List.of("a", "b"))),
                Optional.empty(), false, false), "shop")
                .visit(new StringBuilder(), (o, out) -> {
                    seen.add(o.namespace() + "/" + o.name() + (o.object() == null ? "" : "+object"));
                    out.print(o.name() + "\n");
                });
        assertEquals(List.of("shop/a", "shop/b"), seen);
        assertEquals("a\nb\n", visit.out());
        assertEquals(2, visit.visited());
        assertEquals(List.of(), podRequests());
    }

    @Test
    void aMissingNamedObjectIsReportedAndTheOthersAreStillActedOn() throws Exception {
        api.expect().get().withPath("/api/v1/namespaces/shop/pods/a").andReturn(200, pod("shop", "a")).once();
        api.expect().get().withPath("/api/v1/namespaces/shop/pods/c").andReturn(200, pod("shop", "c")).once();
        List<String> seen = new ArrayList<>();
        Visit visit = new ResourceVisitor(ctx(), select(List.of(new Target("pods", List.of("a", "b", "c"))),
                Optional.empty(), false, false), "shop")
                .reading(ResourceVisitor.Read.OBJECT)
                .visit(new StringBuilder("W: a warning first\n"), (o, out) -> seen.add(o.object().path("metadata")
                        .path("name").asText()));
        assertEquals(List.of("a", "c"), seen);
        assertTrue(visit.failed());
        assertEquals("W: a warning first\nError from server (NotFound): pods \"b\" not found\n", visit.err());
        assertEquals(1, visit.result().returnCode());
    }

    @Test
    void aSelectorListsEveryPageFollowingTheContinueToken() throws Exception {
        api.expect().get().withPath("/api/v1/namespaces/shop/pods?labelSelector=app%3Dweb&limit=2")
                .andReturn(200, podList("t1", "shop/a", "shop/b")).once();
        api.expect().get().withPath("/api/v1/namespaces/shop/pods?labelSelector=app%3Dweb&limit=2&continue=t1")
                .andReturn(200, podList("", "shop/c")).once();
        List<String> seen = new ArrayList<>();
        Visit visit = new ResourceVisitor(ctx(), select(List.of(new Target("pods", List.of())),
                Optional.of("app=web"), false, false), "shop")
                .chunkSize(2)
                .visit(new StringBuilder(), (o, out) -> seen.add(o.name()));
        assertEquals(List.of("a", "b", "c"), seen);
        assertFalse(visit.failed(), visit.err());
        assertEquals(List.of("GET /api/v1/namespaces/shop/pods?labelSelector=app%3Dweb&limit=2",
                "GET /api/v1/namespaces/shop/pods?labelSelector=app%3Dweb&limit=2&continue=t1"), podRequests());
    }

    @Test
    void allAcrossNamespacesListsAtTheClusterPathAndKeepsEachObjectsNamespace() throws Exception {
        api.expect().get().withPath("/api/v1/pods?limit=500").andReturn(200, podList("", "shop/a", "ops/b")).once();
        List<String> seen = new ArrayList<>();
        new ResourceVisitor(ctx(), select(List.of(new Target("pods", List.of())), Optional.empty(), true, true),
                "shop").visit(new StringBuilder(), (o, out) -> seen.add(o.namespace() + "/" + o.name()));
        assertEquals(List.of("shop/a", "ops/b"), seen);
    }

    @Test
    void anActionsFailureIsThatObjectsErrorAndTheOthersGoOn() throws Exception {
        List<String> seen = new ArrayList<>();
        Visit visit = new ResourceVisitor(ctx(), select(List.of(new Target("pods", List.of("a", "b", "c"))),
                Optional.empty(), false, false), "shop")
                .visit(new StringBuilder(), (o, out) -> {
                    if (o.name().equals("b")) {
                        throw new VerbException("error: b refused");
                    }
                    seen.add(o.name());
                });
        assertEquals(List.of("a", "c"), seen);
        assertEquals("error: b refused\n", visit.err());
        assertEquals(3, visit.visited());
    }

    @Test
    void aFailedListIsThatTypesErrorAndTheNextTypeIsStillVisited() throws Exception {
        api.expect().get().withPath("/api/v1/namespaces/shop/pods?limit=500").andReturn(403, "{\"kind\":\"Status\","
                + "\"apiVersion\":\"v1\",\"status\":\"Failure\",\"reason\":\"Forbidden\",\"code\":403,\"message\":"
                + "\"pods is forbidden: no\"}").once();
        api.expect().get().withPath("/api/v1/namespaces/shop/configmaps?limit=500").andReturn(200,
                "{\"kind\":\"ConfigMapList\",\"apiVersion\":\"v1\",\"metadata\":{},\"items\":[{\"metadata\":"
                        + "{\"name\":\"cfg\",\"namespace\":\"shop\"}}]}").once();
        List<String> seen = new ArrayList<>();
        Visit visit = new ResourceVisitor(ctx(), select(List.of(new Target("pods", List.of()),
                new Target("configmaps", List.of())), Optional.empty(), true, false), "shop")
                .visit(new StringBuilder(), (o, out) -> seen.add(o.type().kind() + "/" + o.name()));
        assertEquals(List.of("ConfigMap/cfg"), seen);
        assertEquals("Error from server (Forbidden): pods is forbidden: no\n", visit.err());
    }

    @Test
    void everyTypeIsResolvedAndCheckedBeforeAnyObjectIsTouched() throws Exception {
        List<String> seen = new ArrayList<>();
        Selection unknown = select(List.of(new Target("pods", List.of("a")), new Target("gizmos", List.of("a"))),
                Optional.empty(), false, false);
        assertThrows(UnknownResourceTypeException.class, () -> new ResourceVisitor(ctx(), unknown, "shop")
                .visit(new StringBuilder(), (o, out) -> seen.add(o.name())));
        Selection mixed = select(List.of(new Target("pods", List.of("a")), new Target("nodes", List.of("n1"))),
                Optional.empty(), false, false);
        VerbException refused = assertThrows(VerbException.class, () -> new ResourceVisitor(ctx(), mixed, "shop")
                .checking(type -> {
                    if (!type.namespaced()) {
                        throw new VerbException("error: " + type.groupResource() + " refused");
                    }
                })
                .visit(new StringBuilder(), (o, out) -> seen.add(o.name())));
        assertEquals("error: nodes refused", refused.getMessage());
        assertEquals(List.of(), seen);
        assertEquals(List.of(), podRequests().stream().filter(p -> !p.startsWith("GET")).toList());
    }

    @Test
    void aClusterScopedTypeIsAddressedWithoutTheNamespace() throws Exception {
        api.expect().get().withPath("/api/v1/nodes/n1").andReturn(200, "{\"kind\":\"Node\",\"apiVersion\":\"v1\","
                + "\"metadata\":{\"name\":\"n1\"}}").once();
        List<String> seen = new ArrayList<>();
        new ResourceVisitor(ctx(), select(List.of(new Target("nodes", List.of("n1"))), Optional.empty(), false,
                false), "shop").reading(ResourceVisitor.Read.OBJECT)
                .visit(new StringBuilder(), (o, out) -> seen.add(o.namespace() + "|" + o.name()));
        assertEquals(List.of("null|n1"), seen);
    }
}
