package io.krmcp.verbs.get;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

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

    /**
     * These 20 rows print at least 500 bytes a page (names padded to {@code cm-19} and three spaces, DATA to its
     * title, AGE {@code <unknown>}, line breaks): the first page stays under a 600-byte cap, the second surely passes
     * it, and no third page is fetched.
     */
    @Test
    void listingStopsFetchingPagesOnceTheCapIsReached() {
        endlessPagesOfTwenty("includeObject=None&");
        CommandOutcome o = capped(600, "get cm --chunk-size=20");
        assertEquals(2, api.server().getRequestCount(), "two pages of 20 rows pass the 600-byte cap; no third page");
        assertTrue(o.stderr().contains("listing of configmaps stopped after 40 objects"), o.stderr());
        assertTrue(o.stdout().contains("[output truncated:"), o.stdout());
        assertEquals(0, o.returnCode());
    }

    /**
     * A server Table's rows count by their always-shown columns, padded as the tab writer will pad them (22 bytes
     * here; the {@code -o wide} column does not count): three rows a page surely pass a 90-byte cap on the second
     * page, and all four pages are read when their 264 bytes may fit 300 (they print 289).
     */
    @Test
    void aServerTableStopsWhenItsRowsSurelyPassTheCap() {
        String rows = IntStream.range(0, 3).mapToObj(i -> "{\"cells\":[\"widget-0" + i + "\",\"Ready\",7,\"wide-only\"]}")
                .collect(Collectors.joining(","));
        String page = "{\"kind\":\"Table\",\"apiVersion\":\"meta.k8s.io/v1\",\"metadata\":{\"continue\":\"%s\"},"
                + "\"columnDefinitions\":[{\"name\":\"Name\",\"priority\":0},{\"name\":\"Phase\",\"priority\":0},"
                + "{\"name\":\"Size\",\"priority\":0},{\"name\":\"Owner\",\"priority\":1}],\"rows\":[" + rows + "]}";
        String path = "/api/v1/namespaces/default/configmaps?includeObject=None&limit=3";
        api.expect().get().withPath(path).andReturn(200, page.formatted("p2")).times(2);
        api.expect().get().withPath(path + "&continue=p2").andReturn(200, page.formatted("p3")).times(2);
        api.expect().get().withPath(path + "&continue=p3").andReturn(200, page.formatted("p4")).once();
        api.expect().get().withPath(path + "&continue=p4").andReturn(200, page.formatted("")).once();
        CommandOutcome o = capped(90, "get cm --chunk-size=3");
        assertEquals(2, api.server().getRequestCount(), o.stdout());
        assertTrue(o.stderr().contains("listing of configmaps stopped after 6 objects"), o.stderr());
        assertTrue(o.stdout().startsWith("NAME        PHASE   SIZE\nwidget-00   Ready   7\n"), o.stdout());

        CommandOutcome uncapped = capped(300, "get cm --chunk-size=3");
        assertFalse(uncapped.stderr().contains("stopped after"), uncapped.stderr());
        assertEquals(6, api.server().getRequestCount(), "all four pages read when their rows may fit");
        assertEquals(13, uncapped.stdout().lines().count(), uncapped.stdout());
    }

    /** {@code -o name} lines are counted exactly: {@code configmap/cm-N} and a line break, 15 or 16 bytes. */
    @Test
    void namesCountTheirOwnLines() {
        endlessPagesOfTwenty("");
        CommandOutcome o = capped(400, "get cm --chunk-size=20 -o name");
        assertEquals(2, api.server().getRequestCount(), "20 names print 310 bytes, 40 print 620");
        assertTrue(o.stderr().contains("listing of configmaps stopped after 40 objects"), o.stderr());
    }

    /** A template's text need not grow with the items: the last name is only right once every page is read. */
    @Test
    void aTemplateReadsEveryPage() {
        String path = "/api/v1/namespaces/default/configmaps?limit=1";
        String item = "{\"kind\":\"ConfigMapList\",\"metadata\":{\"continue\":\"%s\"},\"items\":[{\"metadata\":"
                + "{\"name\":\"%s\"}}]}";
        api.expect().get().withPath(path).andReturn(200, item.formatted("t2", "first")).once();
        api.expect().get().withPath(path + "&continue=t2").andReturn(200, item.formatted("t3", "second")).once();
        api.expect().get().withPath(path + "&continue=t3").andReturn(200, item.formatted("", "last")).once();
        CommandOutcome o = capped(5, "get cm --chunk-size=1 -o jsonpath={.items[-1:].metadata.name}");
        assertEquals(3, api.server().getRequestCount());
        assertEquals("last", o.stdout());
        assertFalse(o.stderr().contains("stopped after"), o.stderr());
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
