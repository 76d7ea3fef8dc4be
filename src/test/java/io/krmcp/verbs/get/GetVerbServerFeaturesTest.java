package io.krmcp.verbs.get;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.fabric8.mockwebserver.http.RecordedRequest;

import io.krmcp.MockApi;
import io.krmcp.TestRunners;
import io.krmcp.audit.CommandOutcome;
import io.krmcp.flow.CommandRunner;

/**
 * What the mock's CRUD mode cannot show: server-side Tables (CRD printer columns), paging, discovery, and the exact
 * request sent (Accept header, selectors), asserted on the requests the server received.
 */
class GetVerbServerFeaturesTest {

    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    @RegisterExtension
    final MockApi api = new MockApi();
    CommandRunner kubectl;

    @BeforeEach
    void setUp() {
        kubectl = api.runner(Clock.fixed(NOW, ZoneOffset.UTC), Map.of());
    }

    /** The newest request the server received, the ones before it since the last look taken off its queue. */
    private RecordedRequest lastRequest() throws InterruptedException {
        return api.lastRequest();
    }

    private static final String TABLE = """
            {"kind":"Table","apiVersion":"meta.k8s.io/v1","metadata":{"resourceVersion":"7"},
             "columnDefinitions":[{"name":"Name","type":"string","priority":0},{"name":"Phase","type":"string","priority":0},
               {"name":"Size","type":"integer","priority":0},{"name":"Owner","type":"string","priority":1},
               {"name":"Age","type":"date","priority":0}],
             "rows":[{"cells":["gear-a","Ready",3,"team-x","5d"],
                      "object":{"kind":"PartialObjectMetadata","apiVersion":"meta.k8s.io/v1",
                                "metadata":{"name":"gear-a","namespace":"default","labels":{"tier":"gold"}}}},
                     {"cells":["gear-bb","Pending",12,null,"3m"],
                      "object":{"kind":"PartialObjectMetadata","apiVersion":"meta.k8s.io/v1",
                                "metadata":{"name":"gear-bb","namespace":"default"}}}]}""";

    private void serveWidgetDiscovery() {
        api.expect().get().withPath("/api/v1").andReturn(200,
                "{\"kind\":\"APIResourceList\",\"groupVersion\":\"v1\",\"resources\":[]}").always();
        api.expect().get().withPath("/apis").andReturn(200, "{\"kind\":\"APIGroupList\",\"groups\":[{\"name\":"
                + "\"example.com\",\"versions\":[{\"groupVersion\":\"example.com/v1\",\"version\":\"v1\"}],"
                + "\"preferredVersion\":{\"groupVersion\":\"example.com/v1\",\"version\":\"v1\"}}]}").always();
        api.expect().get().withPath("/apis/example.com/v1").andReturn(200, "{\"kind\":\"APIResourceList\","
                + "\"groupVersion\":\"example.com/v1\",\"resources\":[{\"name\":\"widgets\",\"singularName\":\"widget\","
                + "\"namespaced\":true,\"kind\":\"Widget\",\"shortNames\":[\"wg\"],\"verbs\":[\"get\",\"list\"]},"
                + "{\"name\":\"widgets/status\",\"namespaced\":true,\"kind\":\"Widget\"}]}").always();
    }

    @Test
    void customResourceColumnsComeFromTheServersTable() throws Exception {
        serveWidgetDiscovery();
        api.expect().get().withPath("/apis/example.com/v1/namespaces/default/widgets?includeObject=None&limit=500")
                .andReturn(200, TABLE).always();
        CommandOutcome o = TestRunners.run(kubectl, "get wg");
        assertEquals(0, o.returnCode(), o.stderr());
        assertEquals("""
                NAME      PHASE     SIZE   AGE
                gear-a    Ready     3      5d
                gear-bb   Pending   12     3m
                """, o.stdout());
        RecordedRequest request = lastRequest();
        assertTrue(request.getHeader("Accept").startsWith("application/json;as=Table;v=v1;g=meta.k8s.io"),
                request.getHeader("Accept"));
    }

    @Test
    void serverTableHonoursWideLabelsAndNamespaceColumn() {
        serveWidgetDiscovery();
        api.expect().get().withPath("/apis/example.com/v1/widgets?limit=500").andReturn(200, TABLE).always();
        // a null cell (gear-bb's owner) prints nothing, as kubectl prints a CRD column whose path is absent
        assertEquals("""
                NAMESPACE   NAME      PHASE     SIZE   OWNER    AGE   LABELS
                default     gear-a    Ready     3      team-x   5d    tier=gold
                default     gear-bb   Pending   12              3m    <none>
                """, TestRunners.run(kubectl, "get widgets.example.com -A -o wide --show-labels").stdout());
    }

    @Test
    void sortingAServerTableAsksForObjectsAndSortsRowsByThem() {
        serveWidgetDiscovery();
        String table = TABLE.replace("\"metadata\":{\"name\":\"gear-a\"", "\"spec\":{\"size\":30},\"metadata\":{\"name\":\"gear-a\"")
                .replace("\"metadata\":{\"name\":\"gear-bb\"", "\"spec\":{\"size\":4},\"metadata\":{\"name\":\"gear-bb\"");
        api.expect().get().withPath("/apis/example.com/v1/namespaces/default/widgets?includeObject=Object&limit=500")
                .andReturn(200, table).always();
        assertEquals("""
                NAME      PHASE     SIZE   AGE
                gear-bb   Pending   12     3m
                gear-a    Ready     3      5d
                """, TestRunners.run(kubectl, "get widgets --sort-by=.spec.size").stdout());
    }

    @Test
    void machineOutputAsksForPlainJson() throws Exception {
        api.expect().get().withPath("/api/v1/namespaces/default/configmaps?limit=500").andReturn(200,
                "{\"kind\":\"ConfigMapList\",\"apiVersion\":\"v1\",\"metadata\":{},\"items\":[{\"metadata\":"
                        + "{\"name\":\"c1\"},\"data\":{\"a\":\"1\"}}]}").always();
        CommandOutcome o = TestRunners.run(kubectl, "get cm -o yaml");
        assertEquals("application/json", lastRequest().getHeader("Accept"));
        assertTrue(o.stdout().contains("- apiVersion: v1\n  data:\n    a: \"1\"\n  kind: ConfigMap\n"), o.stdout());
    }

    /** Rows carry metadata (managedFields included on a real server) only when the printer reads it. */
    @Test
    void tablesAskForRowObjectsOnlyWhenThePrinterReadsThem() throws Exception {
        api.expect().get().withPath("/api/v1/namespaces/default/pods?includeObject=None&limit=500")
                .andReturn(200, "{\"kind\":\"PodList\",\"items\":[]}").always();
        api.expect().get().withPath("/api/v1/namespaces/default/pods?limit=500")
                .andReturn(200, "{\"kind\":\"PodList\",\"items\":[]}").always();
        api.expect().get().withPath("/api/v1/pods?limit=500")
                .andReturn(200, "{\"kind\":\"PodList\",\"items\":[]}").always();
        TestRunners.run(kubectl, "get pods");
        assertEquals("/api/v1/namespaces/default/pods?includeObject=None&limit=500", lastRequest().getPath());
        for (String line : List.of("get pods --show-labels", "get pods -L app", "get pods -o yaml")) {
            TestRunners.run(kubectl, line);
            assertEquals("/api/v1/namespaces/default/pods?limit=500", lastRequest().getPath(), line);
        }
        TestRunners.run(kubectl, "get pods -A");
        assertEquals("/api/v1/pods?limit=500", lastRequest().getPath());
    }

    @Test
    void selectorsAreSentToTheServerAsGiven() throws Exception {
        String path = "/api/v1/namespaces/prod/pods?labelSelector=app+in+%28web%2Capi%29%2Ctier%21%3Ddb"
                + "&fieldSelector=status.phase%3DRunning&includeObject=None&limit=500";
        api.expect().get().withPath(path).andReturn(200, "{\"kind\":\"PodList\",\"items\":[]}").always();
        CommandOutcome o = kubectl.run(List.of("get", "pods", "-n", "prod", "-l", "app in (web,api),tier!=db",
                "--field-selector", "status.phase=Running"));
        assertEquals(0, o.returnCode(), o.stderr());
        assertEquals("No resources found in prod namespace.\n", o.stderr());
        assertEquals(path, lastRequest().getPath());
    }

    @Test
    void pagesAreFollowedWithTheContinueToken() throws Exception {
        api.expect().get().withPath("/api/v1/namespaces/default/configmaps?includeObject=None&limit=1").andReturn(200,
                "{\"kind\":\"ConfigMapList\",\"metadata\":{\"continue\":\"tok1\"},\"items\":[{\"metadata\":"
                        + "{\"name\":\"a\",\"creationTimestamp\":\"2026-03-01T11:00:00Z\"}}]}").once();
        api.expect().get().withPath("/api/v1/namespaces/default/configmaps?includeObject=None&limit=1&continue=tok1").andReturn(200,
                "{\"kind\":\"ConfigMapList\",\"metadata\":{},\"items\":[{\"metadata\":"
                        + "{\"name\":\"b\",\"creationTimestamp\":\"2026-03-01T11:30:00Z\"},\"data\":{\"k\":\"v\"}}]}")
                .once();
        CommandOutcome o = TestRunners.run(kubectl, "get cm --chunk-size=1");
        assertEquals("""
                NAME   DATA   AGE
                a      0      60m
                b      1      30m
                """, o.stdout());
        assertEquals(2, api.server().getRequestCount());
    }

    /** Pages of 20 config maps without end, at {@code path?query&limit=20} and then its continue token. */
    private void endlessPagesOfTwenty(String query) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            items.append(i == 0 ? "" : ",").append("{\"metadata\":{\"name\":\"cm-").append(i).append("\"}}");
        }
        String page = "{\"kind\":\"ConfigMapList\",\"metadata\":{\"continue\":\"next\"},\"items\":[" + items + "]}";
        String path = "/api/v1/namespaces/default/configmaps?" + query + "limit=20";
        api.expect().get().withPath(path).andReturn(200, page).always();
        api.expect().get().withPath(path + "&continue=next").andReturn(200, page).always();
    }

    private CommandOutcome capped(int bytes, String command) {
        return TestRunners.run(api.runner(Clock.fixed(NOW, ZoneOffset.UTC),
                Map.of("KUBECTL_MAX_OUTPUT_BYTES", String.valueOf(bytes))), command);
    }

    @Test
    void listingStopsFetchingPagesOnceTheCapIsReached() {
        endlessPagesOfTwenty("includeObject=None&");
        CommandOutcome o = capped(300, "get cm --chunk-size=20");
        assertEquals(2, api.server().getRequestCount(), "two pages of 20 exceed twice the 300-byte cap; no third page");
        assertTrue(o.stderr().contains("listing of configmaps stopped after 40 objects"), o.stderr());
        assertTrue(o.stdout().contains("[output truncated:"), o.stdout());
        assertEquals(0, o.returnCode());
    }

    /**
     * Whole objects ({@code -o json}) print at least 128 bytes each, so 24 of them surely pass a 3,000-byte cap: the
     * 24th is on the second page of 20, the rest of that page is dropped unprinted, and no third page is fetched.
     */
    @Test
    void documentsPastTheCapAreNeitherFetchedNorPrinted() {
        endlessPagesOfTwenty("");
        CommandOutcome o = capped(3000, "get cm --chunk-size=20 -o json");
        assertEquals(2, api.server().getRequestCount(), "the cap is surely reached on the second page");
        assertTrue(o.stderr().contains("listing of configmaps stopped after 24 objects"), o.stderr());
        assertTrue(o.stdout().contains("[output truncated:"), o.stdout());
        assertTrue(o.stdout().contains("\"name\": \"cm-0\""), o.stdout());
    }

    /** A large object counts as half its compact JSON: one 10,000-byte value outweighs the 128-byte floor. */
    @Test
    void aDocumentCountsAsHalfItsCompactJson() {
        var object = new ObjectMapper().createObjectNode();
        object.putObject("data").put("big", "x".repeat(10_000));
        assertEquals(object.toString().length() / 2, ResourceFetcher.documentBytesAtLeast(object));
        assertEquals(ResourceFetcher.MIN_BYTES_PER_DOCUMENT,
                ResourceFetcher.documentBytesAtLeast(new ObjectMapper().createObjectNode()));
    }

    /**
     * A real server's objects carry managedFields. Nothing but a template, a custom column or
     * {@code --show-managed-fields} prints them, so only those reads build them.
     */
    @Test
    void managedFieldsAreReadOnlyForPrintersThatMayShowThem() {
        api.expect().get().withPath("/api/v1/namespaces/default/configmaps/cm").andReturn(200, """
                {"kind":"ConfigMap","apiVersion":"v1","metadata":{"name":"cm","namespace":"default",
                 "managedFields":[{"manager":"kubectl-client-side-apply","operation":"Update"}]},"data":{"k":"v"}}
                """).always();
        assertEquals("kubectl-client-side-apply",
                TestRunners.run(kubectl, "get cm cm -o jsonpath={.metadata.managedFields[0].manager}").stdout());
        assertEquals("kubectl-client-side-apply\n", TestRunners.run(kubectl,
                "get cm cm -o custom-columns=M:.metadata.managedFields[0].manager --no-headers").stdout());
        assertTrue(TestRunners.run(kubectl, "get cm cm -o json --show-managed-fields").stdout()
                .contains("kubectl-client-side-apply"));
        assertFalse(TestRunners.run(kubectl, "get cm cm -o yaml").stdout().contains("managedFields"));
    }

    @Test
    void forbiddenIsReportedAsKubectlReportsIt() {
        api.expect().get().withPath("/api/v1/namespaces/default/secrets?includeObject=None&limit=500").andReturn(403,
                "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"reason\":\"Forbidden\",\"code\":403,"
                        + "\"message\":\"secrets is forbidden: User \\\"system:serviceaccount:ops:mcp\\\" cannot list "
                        + "resource \\\"secrets\\\" in API group \\\"\\\" in the namespace \\\"default\\\"\"}").always();
        CommandOutcome o = TestRunners.run(kubectl, "get secrets");
        assertEquals(1, o.returnCode());
        assertEquals("Error from server (Forbidden): secrets is forbidden: User \"system:serviceaccount:ops:mcp\" "
                + "cannot list resource \"secrets\" in API group \"\" in the namespace \"default\"\n", o.stderr());
    }

    @Test
    void deniedCommandsSendNoRequest() {
        for (String line : new String[] {"get pods --kubeconfig=/x", "delete pod x", "get pods;id", "get pods -w",
                "get pods -n kube-system --as=admin", "exec x -- sh"}) {
            CommandOutcome o = TestRunners.run(kubectl, line);
            assertTrue(o.denial().isPresent(), line);
            assertTrue(o.stderr().startsWith("denied: "), o.stderr());
        }
        CommandRunner restricted = api.runner(Clock.fixed(NOW, ZoneOffset.UTC),
                Map.of("KUBECTL_ALLOWED_NAMESPACES", "shop"));
        assertTrue(TestRunners.run(restricted, "get pods -n kube-system").denial().isPresent());
        assertEquals(0, api.server().getRequestCount());
    }

    @Test
    void badUsageSendsNoRequest() {
        assertFalse(TestRunners.run(kubectl, "get pods -o xml").success());
        assertFalse(TestRunners.run(kubectl, "get pods web -l app=web").success());
        assertEquals(0, api.server().getRequestCount());
    }
}
