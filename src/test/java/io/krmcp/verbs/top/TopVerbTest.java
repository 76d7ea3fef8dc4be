package io.krmcp.verbs.top;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.krmcp.DemoKubectl;
import io.krmcp.MockApi;
import io.krmcp.TestRunners;
import io.krmcp.audit.CommandOutcome;
import io.krmcp.flow.CommandRunner;

/** {@code kubectl top}: the demo's metrics for layouts, the mock's expectations for missing APIs and metrics. */
class TopVerbTest {

    @RegisterExtension
    final MockApi api = new MockApi();

    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    static final String GROUPS = "{\"kind\":\"APIGroupList\",\"groups\":[{\"name\":\"metrics.k8s.io\",\"versions\":"
            + "[{\"groupVersion\":\"metrics.k8s.io/v1beta1\",\"version\":\"v1beta1\"}]}]}";

    CommandRunner mockKubectl() {
        return api.runner(Clock.fixed(NOW, ZoneOffset.UTC), Map.of("KUBECTL_ALLOWED_COMMANDS", "top"));
    }

    @Test
    void podsWithKubectlsColumnsSortingAndSum() throws Exception {
        try (DemoKubectl demo = DemoKubectl.start()) {
            CommandRunner kubectl = demo.with(Map.of("KUBECTL_ALLOWED_COMMANDS", "top"));
            assertEquals("""
                    NAME                       CPU(cores)   MEMORY(bytes)  \s
                    cart-5f6d7c9b8-kx2lp       32m          40Mi           \s
                    frontend-7d4b9c8f6-2xkqp   34m          43Mi           \s
                    frontend-7d4b9c8f6-h7zrm   46m          58Mi           \s
                    """, TestRunners.run(kubectl, "top pod -n shop").stdout());
            String sorted = TestRunners.run(kubectl, "top pods -A --containers --sort-by=cpu --no-headers").stdout();
            assertTrue(sorted.startsWith("kube-system   coredns-668d6bf9bc-w2v5k   coredns    64m"), sorted);
            assertTrue(sorted.lines().toList().get(1).startsWith("shop          frontend-7d4b9c8f6-h7zrm   frontend   46m"),
                    sorted);
            String sum = TestRunners.run(kubectl, "top pod -n shop --sum").stdout();
            assertTrue(sum.endsWith("""
                                               ________     ________       \s
                                               112m         143Mi          \s
                    """), sum);
            assertEquals("error: --sort-by accepts only cpu or memory\n",
                    TestRunners.run(kubectl, "top pod --sort-by=name").stderr());
            assertEquals("Error from server (NotFound): podmetrics.metrics.k8s.io \"nothing\" not found\n",
                    TestRunners.run(kubectl, "top pod nothing -n shop").stderr());
        }
    }

    @Test
    void nodesShowPercentOfAllocatableOrCapacity() throws Exception {
        try (DemoKubectl demo = DemoKubectl.start()) {
            CommandRunner kubectl = demo.with(Map.of("KUBECTL_ALLOWED_COMMANDS", "top"));
            String out = TestRunners.run(kubectl, "top node").stdout();
            assertTrue(out.startsWith("NAME                 CPU(cores)   CPU(%)   MEMORY(bytes)   MEMORY(%)   \n"
                    + "demo-control-plane   244m         6%       981Mi           6%          \n"), out);
            assertEquals("error: unknown flag: --containers (top node does not take it)\n",
                    TestRunners.run(kubectl, "top node --containers").stderr());
        }
    }

    @Test
    void noMetricsApiIsKubectlsMessage() {
        api.expect().get().withPath("/apis").andReturn(200, "{\"kind\":\"APIGroupList\",\"groups\":[]}").once();
        CommandOutcome o = TestRunners.run(mockKubectl(), "top pod -n shop");
        assertEquals(1, o.returnCode());
        assertEquals("error: Metrics API not available\n", o.stderr());
    }

    @Test
    void podsOlderThanTheScrapeDelayWithoutMetricsAreNamed() {
        api.expect().get().withPath("/apis").andReturn(200, GROUPS).once();
        api.expect().get().withPath("/apis/metrics.k8s.io/v1beta1/namespaces/shop/pods")
                .andReturn(200, "{\"kind\":\"PodMetricsList\",\"items\":[]}").once();
        api.expect().get().withPath("/api/v1/namespaces/shop/pods").andReturn(200, "{\"kind\":\"PodList\",\"items\":"
                + "[{\"metadata\":{\"name\":\"web\",\"namespace\":\"shop\",\"creationTimestamp\":\""
                + NOW.minus(Duration.ofMinutes(62).plusSeconds(3)) + "\"}}]}").once();
        CommandOutcome o = TestRunners.run(mockKubectl(), "top pod -n shop");
        assertEquals("error: Metrics not available for pod shop/web, age: 1h2m3s\n", o.stderr());
    }

    @Test
    void noPodsAtAllIsNoResourcesFound() {
        api.expect().get().withPath("/apis").andReturn(200, GROUPS).once();
        api.expect().get().withPath("/apis/metrics.k8s.io/v1beta1/namespaces/shop/pods")
                .andReturn(200, "{\"kind\":\"PodMetricsList\",\"items\":[]}").once();
        api.expect().get().withPath("/api/v1/namespaces/shop/pods")
                .andReturn(200, "{\"kind\":\"PodList\",\"items\":[]}").once();
        CommandOutcome o = TestRunners.run(mockKubectl(), "top pod -n shop");
        assertEquals(0, o.returnCode());
        assertEquals("No resources found in shop namespace.\n", o.stderr());
    }

    @Test
    void fieldSelectorKeepsThePodsThePodListSelects() throws Exception {
        api.expect().get().withPath("/apis").andReturn(200, GROUPS).once();
        api.expect().get().withPath("/apis/metrics.k8s.io/v1beta1/namespaces/shop/pods").andReturn(200, """
                {"kind":"PodMetricsList","items":[
                 {"metadata":{"name":"a","namespace":"shop"},"containers":[{"name":"c","usage":{"cpu":"1500000n","memory":"2048Ki"}}]},
                 {"metadata":{"name":"b","namespace":"shop"},"containers":[{"name":"c","usage":{"cpu":"2m","memory":"4Mi"}}]}]}
                """).once();
        api.expect().get().withPath("/api/v1/namespaces/shop/pods?fieldSelector=spec.nodeName%3Dn1")
                .andReturn(200, "{\"kind\":\"PodList\",\"items\":[{\"metadata\":{\"name\":\"a\",\"namespace\":"
                        + "\"shop\"}}]}").once();
        CommandOutcome o = TestRunners.run(mockKubectl(), "top pod -n shop --field-selector spec.nodeName=n1");
        assertEquals("NAME   CPU(cores)   MEMORY(bytes)   \na      2m           2Mi             \n", o.stdout(),
                o.stderr());
    }

    /** Every path of the fixture served as the real kubectl saw it; then each case compared with kubectl's output. */
    @Test
    void printsWhatKubectlPrints() throws Exception {
        JsonNode fixture = new ObjectMapper()
                .readTree(Path.of("src/test/resources/top-fixture.json").toFile());
        fixture.fields().forEachRemaining(e -> api.expect().get().withPath(e.getKey())
                .andReturn(200, e.getValue().toString()).always());
        Path dir = Path.of("src/test/resources/top/kubectl");
        List<String> cases = Files.readAllLines(dir.resolve("cases.txt"));
        for (int i = 0; i < cases.size(); i++) {
            String expected = Files.readString(dir.resolve("case" + (i + 1) + ".txt"));
            CommandOutcome o = TestRunners.run(mockKubectl(), cases.get(i));
            assertEquals(expected, o.stdout(), cases.get(i) + "\n" + o.stderr());
        }
    }
}
