package io.krmcp.verbs.rollout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.http.RecordedRequest;

import io.krmcp.DemoKubectl;
import io.krmcp.TestRunners;
import io.krmcp.audit.CommandOutcome;
import io.krmcp.flow.CommandRunner;

/** {@code rollout} sub-verbs on the demo: checkout has revisions 2 (checkout:2.0.0) and 3 (checkout:2.0.1, current). */
class RolloutVerbTest {

    DemoKubectl demo;
    CommandRunner kubectl;

    @BeforeEach
    void start() throws Exception {
        demo = DemoKubectl.start();
        kubectl = runner("30");
    }

    CommandRunner runner(String timeoutSeconds) {
        return demo.with(Map.of("KUBECTL_ALLOWED_COMMANDS", "get,rollout", "K8S_MCP_SECURITY_MODE", "permissive",
                "KUBECTL_TIMEOUT", timeoutSeconds));
    }

    @AfterEach
    void stop() {
        demo.close();
    }

    CommandOutcome run(String line) {
        return TestRunners.run(kubectl, line);
    }

    String image(String kind, String name) {
        return run("get " + kind + " " + name + " -n shop -o jsonpath={.spec.template.spec.containers[0].image}")
                .stdout();
    }

    List<RecordedRequest> patches() throws InterruptedException {
        return demo.requests().stream().filter(r -> r.getMethod().equals("PATCH")).toList();
    }

    static String body(RecordedRequest r) {
        return new String(r.getBody().getBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void historyListsRevisionsAsKubectlPrintsThem() {
        CommandOutcome o = run("rollout history deploy/checkout -n shop");
        assertEquals("deployment.apps/checkout \nREVISION  CHANGE-CAUSE\n2         <none>\n3         <none>\n\n",
                o.stdout(), o.stderr());
    }

    @Test
    void historyOfOneRevisionShowsItsTemplateWithKubectlsRawTabs() {
        CommandOutcome o = run("rollout history deploy/checkout -n shop --revision=2");
        assertTrue(o.stdout().startsWith("deployment.apps/checkout with revision #2\nPod Template:\n  Labels:\tapp=checkout\n"),
                o.stdout());
        assertTrue(o.stdout().contains("    Image:\tghcr.io/demo-shop/checkout:2.0.0\n"), o.stdout());
        assertEquals("error: unable to find the specified revision\n",
                run("rollout history deploy/checkout -n shop --revision=7").stderr());
    }

    @Test
    void undoRestoresThePreviousReplicaSetsTemplate() throws Exception {
        CommandOutcome o = run("rollout undo deploy/checkout -n shop");
        assertEquals("deployment.apps/checkout rolled back\n", o.stdout(), o.stderr());
        RecordedRequest patch = patches().get(0);
        assertTrue(patch.getHeader("Content-Type").startsWith("application/json-patch+json"));
        String sent = body(patch);
        assertTrue(sent.contains("\"path\":\"/spec/template\"") && sent.contains("\"path\":\"/metadata/annotations\"")
                && !sent.contains("pod-template-hash"), sent);
        assertEquals("ghcr.io/demo-shop/checkout:2.0.0", image("deploy", "checkout"));
    }

    @Test
    void undoToTheCurrentRevisionIsSkippedAndAMissingOneRefused() throws Exception {
        assertEquals("deployment.apps/checkout skipped rollback (current template already matches revision 3)\n",
                run("rollout undo deploy/checkout -n shop --to-revision=3").stdout());
        CommandOutcome missing = run("rollout undo deploy/checkout -n shop --to-revision=9");
        assertEquals("error: unable to find specified revision 9 in history\n", missing.stderr());
        assertEquals(1, missing.returnCode());
        assertTrue(patches().isEmpty());
    }

    @Test
    void restartStampsTheTemplate() throws Exception {
        CommandOutcome o = run("rollout restart deployment frontend -n shop");
        assertEquals("deployment.apps/frontend restarted\n", o.stdout(), o.stderr());
        RecordedRequest patch = patches().get(0);
        assertTrue(patch.getHeader("Content-Type").startsWith("application/strategic-merge-patch+json"));
        assertEquals("{\"spec\":{\"template\":{\"metadata\":{\"annotations\":{\"kubectl.kubernetes.io/restartedAt\":"
                + "\"2026-03-01T12:00:00Z\"}}}}}", body(patch));
        assertEquals("2026-03-01T12:00:00Z", run("get deploy frontend -n shop -o jsonpath={.spec.template.metadata"
                + ".annotations.kubectl\\.kubernetes\\.io/restartedAt}").stdout());
    }

    @Test
    void pauseResumeAndTheirRefusals() {
        assertEquals("deployment.apps/cart paused\n", run("rollout pause deploy/cart -n shop").stdout());
        assertEquals("error: deployments.apps \"cart\" is already paused\n",
                run("rollout pause deploy/cart -n shop").stderr());
        assertEquals("error: deployments.apps \"cart\" can't restart paused deployment (run rollout resume first)\n",
                run("rollout restart deploy/cart -n shop").stderr());
        assertEquals("deployment.apps/cart resumed\n", run("rollout resume deploy/cart -n shop").stdout());
        assertEquals("error: deployments.apps \"cart\" is not paused\n",
                run("rollout resume deploy/cart -n shop").stderr());
        assertEquals("error: services \"cart\" pausing is not supported\n",
                run("rollout pause svc/cart -n shop").stderr());
    }

    @Test
    void statusWithoutWatchReportsOnce() {
        CommandOutcome o = run("rollout status deploy/checkout -n shop --watch=false");
        assertEquals("Waiting for deployment \"checkout\" rollout to finish: 0 of 1 updated replicas are available...\n",
                o.stdout(), o.stderr());
        assertEquals(0, o.returnCode());
        assertEquals("deployment \"cart\" successfully rolled out\n",
                run("rollout status deploy/cart -n shop").stdout());
    }

    @Test
    void statusWaitsNoLongerThanItsTimeoutOrTheCallsDeadline() {
        long start = System.nanoTime();
        CommandOutcome o = run("rollout status deploy/checkout -n shop --timeout=2s");
        assertEquals(1, o.returnCode());
        assertEquals("error: timed out waiting for the condition\n", o.stderr());
        assertTrue(o.stdout().startsWith("Waiting for deployment \"checkout\""), o.stdout());
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;
        assertTrue(elapsedMs < 4_000, "took " + elapsedMs + " ms");
        CommandOutcome bounded = TestRunners.run(runner("3"), "rollout status deploy/checkout -n shop");
        assertEquals("timed out after 3 seconds (KUBECTL_TIMEOUT) while the rollout goes on; run rollout status "
                + "again to keep watching", bounded.error().orElse(""));
        assertTrue(bounded.stdout().startsWith("Waiting for deployment \"checkout\""), bounded.stdout());
    }

    @Test
    void statefulSetUndoAppliesTheControllerRevision() throws Exception {
        var client = demo.cluster().client();
        GenericKubernetesResource sts = client.genericKubernetesResources("apps/v1", "StatefulSet").inNamespace("shop")
                .resource(Serialization.unmarshal("""
                        apiVersion: apps/v1
                        kind: StatefulSet
                        metadata: {name: db, namespace: shop}
                        spec:
                          replicas: 1
                          selector: {matchLabels: {app: db}}
                          updateStrategy: {type: RollingUpdate}
                          template:
                            metadata: {labels: {app: db}}
                            spec: {containers: [{name: db, image: "postgres:16"}]}
                        """, GenericKubernetesResource.class)).create();
        String uid = sts.getMetadata().getUid();
        for (String[] revision : new String[][] {{"1", "postgres:15"}, {"2", "postgres:16"}}) {
            client.genericKubernetesResources("apps/v1", "ControllerRevision").inNamespace("shop")
                    .resource(Serialization.unmarshal("""
                            apiVersion: apps/v1
                            kind: ControllerRevision
                            metadata:
                              name: db-%s
                              namespace: shop
                              labels: {app: db}
                              ownerReferences: [{apiVersion: apps/v1, kind: StatefulSet, name: db, uid: %s, controller: true}]
                            revision: %s
                            data: {spec: {template: {spec: {containers: [{name: db, image: "%s"}]}, "$patch": replace}}}
                            """.formatted(revision[0], uid, revision[0], revision[1]),
                            GenericKubernetesResource.class)).create();
        }
        assertEquals("statefulset.apps/db \nREVISION  CHANGE-CAUSE\n1         <none>\n2         <none>\n\n",
                run("rollout history sts/db -n shop").stdout());
        demo.requests();
        CommandOutcome o = run("rollout undo sts/db -n shop");
        assertEquals("statefulset.apps/db rolled back\n", o.stdout(), o.stderr());
        RecordedRequest patch = patches().get(0);
        assertTrue(patch.getHeader("Content-Type").startsWith("application/strategic-merge-patch+json"));
        assertTrue(body(patch).contains("postgres:15"), body(patch));
    }

    @Test
    void usageErrors() {
        assertTrue(run("rollout").stderr().contains("unknown rollout subcommand; use one of: history, pause, restart, "
                + "resume, status, undo"));
        assertTrue(run("rollout status").stderr().contains("required resource not specified"));
        assertTrue(run("rollout status deploy nope -n shop").stderr()
                .contains("Error from server (NotFound): deployments.apps \"nope\" not found"));
    }
}
