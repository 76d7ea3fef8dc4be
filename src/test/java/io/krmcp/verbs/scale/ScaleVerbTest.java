package io.krmcp.verbs.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.fabric8.mockwebserver.http.RecordedRequest;

import io.krmcp.DemoKubectl;
import io.krmcp.TestRunners;
import io.krmcp.audit.CommandOutcome;
import io.krmcp.flow.CommandRunner;

/** {@code scale} through the scale subresource: the request sent, the stored replicas, preconditions. */
class ScaleVerbTest {

    DemoKubectl demo;
    CommandRunner kubectl;

    @BeforeEach
    void start() throws Exception {
        demo = DemoKubectl.start();
        kubectl = demo.with(Map.of("KUBECTL_ALLOWED_COMMANDS", "get,scale", "K8S_MCP_SECURITY_MODE", "permissive"));
    }

    @AfterEach
    void stop() {
        demo.close();
    }

    CommandOutcome run(String line) {
        return TestRunners.run(kubectl, line);
    }

    String replicas(String deployment) {
        return run("get deploy " + deployment + " -n shop -o jsonpath={.spec.replicas}").stdout();
    }

    List<RecordedRequest> writes() throws InterruptedException {
        return demo.requests().stream().filter(r -> !r.getMethod().equals("GET")).toList();
    }

    @Test
    void patchesTheScaleSubresource() throws Exception {
        CommandOutcome o = run("scale deploy frontend --replicas=5 -n shop");
        assertEquals("deployment.apps/frontend scaled\n", o.stdout(), o.stderr());
        assertEquals("5", replicas("frontend"));
        RecordedRequest patch = writes().get(0);
        assertEquals("PATCH", patch.getMethod());
        assertEquals("/apis/apps/v1/namespaces/shop/deployments/frontend/scale", patch.getPath());
        assertTrue(patch.getHeader("Content-Type").startsWith("application/merge-patch+json"),
                patch.getHeader("Content-Type"));
        assertEquals("{\"spec\":{\"replicas\":5}}", patch.getBody().readUtf8());
    }

    @Test
    void serverDryRunIsAQueryParameterAndChangesNothing() throws Exception {
        CommandOutcome o = run("scale deploy frontend --replicas=5 -n shop --dry-run=server");
        assertEquals("deployment.apps/frontend scaled (server dry run)\n", o.stdout(), o.stderr());
        assertEquals("/apis/apps/v1/namespaces/shop/deployments/frontend/scale?dryRun=All", writes().get(0).getPath());
        assertEquals("2", replicas("frontend"));
    }

    @Test
    void clientDryRunSendsNothing() throws Exception {
        assertEquals("deployment.apps/frontend scaled (dry run)\n",
                run("scale deploy/frontend --replicas=0 -n shop --dry-run=client").stdout());
        assertTrue(writes().isEmpty());
    }

    @Test
    void currentReplicasIsCheckedBeforeAnUpdateWithTheResourceVersion() throws Exception {
        CommandOutcome wrong = run("scale deploy frontend --current-replicas=3 --replicas=1 -n shop");
        assertEquals(1, wrong.returnCode());
        assertEquals("error: Expected replicas to be 3, was 2\n", wrong.stderr());
        assertEquals("2", replicas("frontend"));
        demo.requests();
        CommandOutcome right = run("scale deploy frontend --current-replicas=2 --replicas=1 -n shop");
        assertEquals("deployment.apps/frontend scaled\n", right.stdout(), right.stderr());
        RecordedRequest put = writes().get(0);
        assertEquals("PUT", put.getMethod());
        String body = put.getBody().readUtf8();
        assertTrue(body.contains("\"kind\":\"Scale\"") && body.contains("\"resourceVersion\":")
                && body.contains("\"replicas\":1"), body);
        assertEquals("1", replicas("frontend"));
    }

    @Test
    void selectorScalesEveryMatch() {
        CommandOutcome o = run("scale deploy -l app=cart --replicas=3 -n shop");
        assertEquals("deployment.apps/cart scaled\n", o.stdout(), o.stderr());
        assertEquals("3", replicas("cart"));
    }

    @Test
    void typesWithoutAScaleSubresourceAreRefused() throws Exception {
        CommandOutcome o = run("scale pod checkout-6c8d9f7b5-q8wzt --replicas=2 -n shop");
        assertEquals(1, o.returnCode());
        assertTrue(o.stderr().contains("pods cannot be scaled"), o.stderr());
        assertTrue(writes().isEmpty());
    }

    @Test
    void kubectlsUsageErrors() {
        assertTrue(run("scale deploy frontend -n shop").stderr().contains("The --replicas=COUNT flag is required"));
        assertTrue(run("scale deploy --replicas=1 -n shop").stderr()
                .contains("resource(s) were provided, but no name was specified"));
        assertTrue(run("scale deploy nope --replicas=1 -n shop").stderr()
                .contains("Error from server (NotFound): deployments.apps \"nope\" not found"));
    }
}
