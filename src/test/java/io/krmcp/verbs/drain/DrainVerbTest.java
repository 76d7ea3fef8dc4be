package io.krmcp.verbs.drain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.fabric8.mockwebserver.http.RecordedRequest;

import io.krmcp.MockApi;
import io.krmcp.TestRunners;
import io.krmcp.audit.CommandOutcome;

/** {@code drain}: kubectl's filters, the Eviction API with disruption budgets, and the deadline's report. */
class DrainVerbTest {

    @RegisterExtension
    final MockApi api = new MockApi();

    static final String NODE = "{\"kind\":\"Node\",\"metadata\":{\"name\":\"n1\"},\"spec\":{}}";
    static final String PODS_PATH = "/api/v1/pods?fieldSelector=spec.nodeName%3Dn1&limit=500";

    static String pod(String ns, String name, String owner, String extraSpec) {
        String ref = owner.isEmpty() ? "" : ",\"ownerReferences\":[{\"apiVersion\":\"apps/v1\",\"kind\":\"" + owner
                + "\",\"name\":\"" + name.replaceAll("-[^-]+$", "") + "\",\"uid\":\"o\",\"controller\":true}]";
        return "{\"kind\":\"Pod\",\"metadata\":{\"name\":\"" + name + "\",\"namespace\":\"" + ns + "\",\"uid\":\""
                + name + "-uid\"" + ref + "},\"spec\":{\"nodeName\":\"n1\"" + extraSpec + "},\"status\":{\"phase\":"
                + "\"Running\"}}";
    }

    static String list(String... pods) {
        return "{\"kind\":\"PodList\",\"metadata\":{},\"items\":[" + String.join(",", pods) + "]}";
    }

    CommandOutcome drain(Map<String, String> extraEnv, String line) {
        Map<String, String> env = new HashMap<>(Map.of("KUBECTL_ALLOWED_COMMANDS", "drain",
                "K8S_MCP_SECURITY_MODE", "permissive"));
        env.putAll(extraEnv);
        return TestRunners.run(api.runner(Clock.systemUTC(), env), line);
    }

    void nodeCanBeCordoned() {
        api.expect().get().withPath("/api/v1/nodes/n1").andReturn(200, NODE).always();
        api.expect().patch().withPath("/api/v1/nodes/n1").andReturn(200, NODE).always();
    }

    List<RecordedRequest> requests() throws InterruptedException {
        return api.requests();
    }

    static String body(RecordedRequest r) {
        return new String(r.getBody().getBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void refusesDaemonSetAndUnmanagedPodsWithKubectlsErrors() {
        nodeCanBeCordoned();
        api.expect().get().withPath(PODS_PATH).andReturn(200, list(pod("kube-system", "agent-x", "DaemonSet", ""),
                pod("shop", "lonely", "", ""))).always();
        api.expect().get().withPath("/apis/apps/v1/namespaces/kube-system/daemonsets/agent")
                .andReturn(200, "{\"kind\":\"DaemonSet\",\"metadata\":{\"name\":\"agent\"}}").always();
        CommandOutcome o = drain(Map.of(), "drain n1");
        assertEquals(1, o.returnCode());
        assertEquals("node/n1 cordoned\n", o.stdout());
        String both = "[cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore): kube-system/agent-x, "
                + "cannot delete Pods that declare no controller (use --force to override): shop/lonely]";
        // the summary repeats each error on its own line, without a prefix, as kubectl's CheckErr prints aggregates
        assertEquals("error: unable to drain node \"n1\" due to error: " + both + ", continuing command...\n"
                + "There are pending nodes to be drained:\n n1\n"
                + "cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore): kube-system/agent-x\n"
                + "cannot delete Pods that declare no controller (use --force to override): shop/lonely\n", o.stderr());
    }

    @Test
    void evictsThroughTheEvictionApiWarnsAndWaitsUntilEachPodIsGone() throws Exception {
        nodeCanBeCordoned();
        api.expect().get().withPath(PODS_PATH).andReturn(200, list(pod("kube-system", "agent-x", "DaemonSet", ""),
                pod("shop", "lonely", "", ""), pod("shop", "web-1", "ReplicaSet", ""))).always();
        api.expect().get().withPath("/apis/apps/v1/namespaces/kube-system/daemonsets/agent")
                .andReturn(200, "{\"kind\":\"DaemonSet\"}").always();
        for (String name : List.of("lonely", "web-1")) {
            api.expect().post().withPath("/api/v1/namespaces/shop/pods/" + name + "/eviction")
                    .andReturn(201, "{\"kind\":\"Status\",\"status\":\"Success\"}").once();
        }
        api.expect().get().withPath("/api/v1/namespaces/shop/pods/lonely").andReturn(404, "{}").always();
        // web-1 is still there once (terminating), then replaced by a pod of the same name: done
        api.expect().get().withPath("/api/v1/namespaces/shop/pods/web-1")
                .andReturn(200, pod("shop", "web-1", "ReplicaSet", "")).once();
        api.expect().get().withPath("/api/v1/namespaces/shop/pods/web-1")
                .andReturn(200, pod("shop", "web-1", "ReplicaSet", "").replace("web-1-uid", "new-uid")).always();
        CommandOutcome o = drain(Map.of(), "drain n1 --ignore-daemonsets --force --grace-period=30");
        assertEquals(0, o.returnCode(), o.stderr());
        assertEquals("node/n1 cordoned\nevicting pod shop/lonely\nevicting pod shop/web-1\npod/lonely evicted\n"
                + "pod/web-1 evicted\nnode/n1 drained\n", o.stdout());
        assertEquals("Warning: ignoring DaemonSet-managed Pods: kube-system/agent-x; deleting Pods that declare no "
                + "controller: shop/lonely\n", o.stderr());
        List<RecordedRequest> sent = requests();
        RecordedRequest patch = sent.stream().filter(r -> r.getMethod().equals("PATCH")).findFirst().orElseThrow();
        assertEquals("{\"spec\":{\"unschedulable\":true}}", body(patch));
        RecordedRequest eviction = sent.stream().filter(r -> r.getPath().endsWith("/web-1/eviction")).findFirst()
                .orElseThrow();
        assertEquals("{\"apiVersion\":\"policy/v1\",\"kind\":\"Eviction\",\"metadata\":{\"name\":\"web-1\","
                + "\"namespace\":\"shop\"},\"deleteOptions\":{\"gracePeriodSeconds\":30}}", body(eviction));
        assertTrue(sent.stream().noneMatch(r -> r.getPath().contains("agent-x")), "DaemonSet pods are left alone");
    }

    @Test
    void aBudgetThatNeverAllowsTheEvictionEndsAtTheTimeoutWithWhatRemains() {
        nodeCanBeCordoned();
        api.expect().get().withPath(PODS_PATH).andReturn(200, list(pod("shop", "web-1", "ReplicaSet", ""),
                pod("shop", "web-2", "ReplicaSet", ""))).once();
        api.expect().get().withPath(PODS_PATH).andReturn(200, list(pod("shop", "web-1", "ReplicaSet", "")))
                .always();
        api.expect().post().withPath("/api/v1/namespaces/shop/pods/web-1/eviction").andReturn(429, """
                {"kind":"Status","status":"Failure","reason":"TooManyRequests","code":429,
                 "message":"Cannot evict pod as it would violate the pod's disruption budget."}""").always();
        api.expect().post().withPath("/api/v1/namespaces/shop/pods/web-2/eviction").andReturn(201, "{}").once();
        api.expect().get().withPath("/api/v1/namespaces/shop/pods/web-2").andReturn(404, "{}").always();
        long start = System.nanoTime();
        CommandOutcome o = drain(Map.of(), "drain n1 --timeout=2s");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(1, o.returnCode());
        assertTrue(millis < 4_500, "bounded by --timeout, took " + millis + " ms");
        assertEquals("node/n1 cordoned\nevicting pod shop/web-1\nevicting pod shop/web-2\npod/web-2 evicted\n",
                o.stdout());
        String timeout = "error when evicting pods/\"web-1\" -n \"shop\": global timeout reached: 2s";
        assertEquals("error when evicting pods/\"web-1\" -n \"shop\" (will retry after 5s): Cannot evict pod as it "
                + "would violate the pod's disruption budget.\n"
                + "There are pending pods in node \"n1\" when an error occurred: " + timeout + "\npod/web-1\n"
                + "error: unable to drain node \"n1\" due to error: " + timeout + ", continuing command...\n"
                + "There are pending nodes to be drained:\n n1\n" + timeout + "\n", o.stderr());
    }

    @Test
    void theCallsDeadlineBoundsADrainWithoutTimeout() {
        nodeCanBeCordoned();
        api.expect().get().withPath(PODS_PATH).andReturn(200, list(pod("shop", "web-1", "ReplicaSet", "")))
                .always();
        api.expect().post().withPath("/api/v1/namespaces/shop/pods/web-1/eviction").andReturn(201, "{}").always();
        api.expect().get().withPath("/api/v1/namespaces/shop/pods/web-1")
                .andReturn(200, pod("shop", "web-1", "ReplicaSet", "")).always();
        long start = System.nanoTime();
        CommandOutcome o = drain(Map.of("KUBECTL_TIMEOUT", "4"), "drain n1");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 4_500, "within KUBECTL_TIMEOUT, took " + millis + " ms");
        assertTrue(o.stderr().contains("error when waiting for pod \"web-1\" in namespace \"shop\" to terminate: "
                + "global timeout reached: 4s (KUBECTL_TIMEOUT)"), o.stderr());
        assertTrue(o.stderr().contains("There are pending pods in node \"n1\""), o.stderr());
    }

    @Test
    void disableEvictionIsADangerousFlagUntilTheOperatorAllowsIt() throws Exception {
        CommandOutcome refused = drain(Map.of(), "drain n1 --disable-eviction");
        assertTrue(refused.stderr().contains("flag --disable-eviction is not permitted"), refused.stderr());
        assertEquals(List.of(), api.requests(), "a refused drain sends nothing");
        nodeCanBeCordoned();
        api.expect().get().withPath(PODS_PATH).andReturn(200, list(pod("shop", "web-1", "ReplicaSet", "")))
                .always();
        api.expect().delete().withPath("/api/v1/namespaces/shop/pods/web-1").andReturn(200, "{}").once();
        api.expect().get().withPath("/api/v1/namespaces/shop/pods/web-1").andReturn(404, "{}").always();
        CommandOutcome o = drain(Map.of("KUBECTL_DANGEROUS_FLAGS", "--kubeconfig"), "drain n1 --disable-eviction");
        assertEquals("node/n1 cordoned\npod/web-1 deleted\nnode/n1 drained\n", o.stdout(), o.stderr());
        assertTrue(requests().stream().noneMatch(r -> r.getPath().contains("eviction")));
    }

    @Test
    void serverDryRunSendsDryRunEverywhereAndDoesNotWait() throws Exception {
        nodeCanBeCordoned();
        api.expect().patch().withPath("/api/v1/nodes/n1?dryRun=All").andReturn(200, NODE).once();
        api.expect().get().withPath(PODS_PATH).andReturn(200, list(pod("shop", "web-1", "ReplicaSet", "")))
                .always();
        api.expect().post().withPath("/api/v1/namespaces/shop/pods/web-1/eviction").andReturn(201, "{}").once();
        CommandOutcome o = drain(Map.of(), "drain n1 --dry-run=server");
        assertEquals("node/n1 cordoned (server dry run)\nevicting pod shop/web-1 (server dry run)\n"
                + "node/n1 drained (server dry run)\n", o.stdout(), o.stderr());
        List<RecordedRequest> sent = requests();
        assertTrue(sent.stream().anyMatch(r -> r.getMethod().equals("PATCH") && r.getPath().contains("dryRun=All")));
        assertTrue(sent.stream().anyMatch(r -> r.getPath().endsWith("/eviction")
                && body(r).contains("\"dryRun\":[\"All\"]")));
        assertTrue(sent.stream().noneMatch(r -> r.getPath().equals("/api/v1/namespaces/shop/pods/web-1")));
        CommandOutcome clientDryRun = drain(Map.of(), "drain n1 --dry-run=client");
        assertEquals("node/n1 cordoned (dry run)\nevicting pod shop/web-1 (dry run)\nnode/n1 drained (dry run)\n",
                clientDryRun.stdout());
        assertTrue(requests().stream().allMatch(r -> r.getMethod().equals("GET")), "a client dry run writes nothing");
    }

    /** The same pods the real kubectl drained (see src/test/resources/drain/kubectl/README.md). */
    @Test
    void printsWhatKubectlPrints() throws Exception {
        nodeCanBeCordoned();
        api.expect().get().withPath(PODS_PATH).andReturn(200, list(pod("kube-system", "agent-x", "DaemonSet", ""),
                pod("shop", "web-1", "ReplicaSet", ""))).once();
        api.expect().get().withPath("/apis/apps/v1/namespaces/kube-system/daemonsets/agent")
                .andReturn(200, "{\"kind\":\"DaemonSet\"}").always();
        api.expect().post().withPath("/api/v1/namespaces/shop/pods/web-1/eviction").andReturn(201, "{}").once();
        api.expect().get().withPath("/api/v1/namespaces/shop/pods/web-1").andReturn(404, "{}").always();
        Path dir = Path.of("src/test/resources/drain/kubectl");
        CommandOutcome ok = drain(Map.of(), "drain n1 --ignore-daemonsets --grace-period=30");
        assertEquals(Files.readString(dir.resolve("ok.out")), ok.stdout());
        assertEquals(Files.readString(dir.resolve("ok.err")), ok.stderr());
        api.expect().get().withPath(PODS_PATH).andReturn(200, list(pod("shop", "cache-1", "ReplicaSet",
                ",\"volumes\":[{\"name\":\"d\",\"emptyDir\":{}}]"))).once();
        CommandOutcome emptyDir = drain(Map.of(), "drain n1");
        assertEquals(Files.readString(dir.resolve("emptydir.out")), emptyDir.stdout());
        assertEquals(Files.readString(dir.resolve("emptydir.err")), emptyDir.stderr());
        assertEquals(1, emptyDir.returnCode());
    }
}
