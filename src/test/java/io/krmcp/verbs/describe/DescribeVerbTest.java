package io.krmcp.verbs.describe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.krmcp.DemoKubectl;
import io.krmcp.Golden;
import io.krmcp.TestRunners;
import io.krmcp.audit.CommandOutcome;
import io.krmcp.flow.CommandRunner;

/** {@code describe} over the demo cluster. */
class DescribeVerbTest {

    static DemoKubectl demo;

    @BeforeAll
    static void start() throws Exception {
        demo = DemoKubectl.start();
    }

    @AfterAll
    static void stop() {
        demo.close();
    }

    static CommandOutcome run(String line) {
        return demo.run(line);
    }

    @Test
    void secretShowsSizesNeverValues() {
        CommandOutcome o = run("describe secret checkout-db -n shop");
        assertEquals("""
                Name:         checkout-db
                Namespace:    shop
                Labels:       <none>
                Annotations:  <none>

                Type:  Opaque

                Data
                ====
                password:  15 bytes
                username:  8 bytes
                """, o.stdout());
        CommandRunner plain = demo.with(Map.of("KUBECTL_REDACT_SECRETS", "false"));
        assertFalse(TestRunners.run(plain, "describe secrets -n shop").stdout().contains("czNjcjN0"));
    }

    @Test
    void configMapShowsEachKey() {
        Golden.assertMatches("describe/configmap", run("describe cm shop-config -n shop").stdout());
    }

    @Test
    void podLayoutWithItsEvents() {
        CommandOutcome o = run("describe pod checkout-6c8d9f7b5-q8wzt -n shop");
        assertEquals(0, o.returnCode(), o.stderr());
        Golden.assertMatches("describe/pod-crashloop", o.stdout());
        assertTrue(o.stdout().contains("Warning  BackOff  2m (x31 over 24m)  kubelet  spec.containers{checkout}: "
                + "Back-off restarting failed"), o.stdout());
    }

    @Test
    void aNameThatIsNotFoundMatchesAsAPrefix() {
        String out = run("describe pods frontend -n shop --show-events=false").stdout();
        assertTrue(out.contains("Name:             frontend-7d4b9c8f6-2xkqp"), out);
        assertTrue(out.contains("Name:             frontend-7d4b9c8f6-h7zrm"), out);
        assertFalse(out.contains("Events:"), out);
    }

    @Test
    void missingIsNotFound() {
        CommandOutcome o = run("describe deploy nope -n shop");
        assertEquals(1, o.returnCode());
        assertEquals("Error from server (NotFound): deployments.apps \"nope\" not found\n", o.stderr());
    }

    @Test
    void selectorAndTypeForms() {
        String out = run("describe pods -l app=frontend -n shop").stdout();
        assertTrue(out.contains("frontend-7d4b9c8f6-2xkqp") && out.contains("frontend-7d4b9c8f6-h7zrm"), out);
        assertTrue(run("describe node/demo-worker-1").stdout().startsWith("Name:               demo-worker-1\n"));
        assertTrue(run("describe").stderr().contains("You must specify the type of resource to describe"));
    }

    @Test
    void deploymentShowsItsTemplateReplicaSetsAndEvents() {
        CommandOutcome o = run("describe deploy checkout -n shop");
        assertEquals(0, o.returnCode(), o.stderr());
        Golden.assertMatches("describe/deployment", o.stdout());
        assertTrue(o.stdout().contains("OldReplicaSets:  checkout-5b6c7d8e9f (0/0 replicas created)\n"
                + "NewReplicaSet:   checkout-6c8d9f7b5 (1/1 replicas created)\n"), o.stdout());
    }

    @Test
    void replicaSetCountsOnlyThePodsItControls() {
        CommandOutcome o = run("describe rs recommendations-84f9d6c7b -n shop");
        Golden.assertMatches("describe/replicaset", o.stdout());
        assertTrue(o.stdout().contains("Pods Status:    0 Running / 1 Waiting / 0 Succeeded / 0 Failed\n"), o.stdout());
    }

    @Test
    void serviceListsReadyEndpointsFromItsSlices() {
        Golden.assertMatches("describe/service", run("describe svc frontend -n shop").stdout());
        // The only checkout pod is not ready: kubectl prints an empty list, not <none>.
        assertTrue(run("describe svc checkout -n shop").stdout().contains("Endpoints:                \n"));
    }

    @Test
    void nodeShowsLeaseConditionsAndItsPodsShare() {
        CommandOutcome o = run("describe node demo-worker-2");
        assertEquals(0, o.returnCode(), o.stderr());
        Golden.assertMatches("describe/node", o.stdout());
        assertTrue(o.stdout().contains("  memory             256Mi (1%)  512Mi (3%)\n"), o.stdout());
        // kubelet events name the node by name in place of its uid; they are the node's too.
        assertTrue(o.stdout().contains("NodeHasSufficientMemory"), o.stdout());
    }

    @Test
    void nodeSendsKubectlsPodFieldSelector() throws InterruptedException {
        demo.requests();
        run("describe node demo-worker-1");
        boolean sent = false;
        for (var request : demo.requests()) {
            sent |= request.getPath().startsWith("/api/v1/pods?fieldSelector=spec.nodeName%3Ddemo-worker-1%2Cstatus.phase%21%3D"
                    + "Succeeded%2Cstatus.phase%21%3DFailed");
        }
        assertTrue(sent);
    }

    @Test
    void namespaceShowsQuotaAndLimitSections() {
        assertEquals("""
                Name:         shop
                Labels:       kubernetes.io/metadata.name=shop
                Annotations:  <none>
                Status:       Active

                No resource quota.

                No LimitRange resource.
                """, run("describe ns shop").stdout());
    }

    @Test
    void eventUsesTheGenericLayoutAsKubectlDoes() {
        Golden.assertMatches("describe/event", run("describe event checkout.17f3a1b2c3d4e5a1 -n shop").stdout());
    }

    @Test
    void namesAcrossAllNamespacesAreRefusedAsKubectlDoes() {
        CommandOutcome o = run("describe svc frontend -A");
        assertEquals(1, o.returnCode());
        assertEquals("error: a resource cannot be retrieved by name across all namespaces\n", o.stderr());
    }
}
