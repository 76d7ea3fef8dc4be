package io.krmcp.verbs.label;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
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

/** label, annotate, cordon and uncordon on the demo: kubectl's lines, the patch sent, the stored result. */
class LabelAnnotateCordonTest {

    DemoKubectl demo;
    CommandRunner kubectl;

    @BeforeEach
    void start() throws Exception {
        demo = DemoKubectl.start();
        kubectl = demo.with(Map.of("KUBECTL_ALLOWED_COMMANDS", "get,label,annotate,cordon,uncordon",
                "K8S_MCP_SECURITY_MODE", "permissive"));
    }

    @AfterEach
    void stop() {
        demo.close();
    }

    CommandOutcome run(String line) {
        return TestRunners.run(kubectl, line);
    }

    List<RecordedRequest> patches() throws InterruptedException {
        return demo.requests().stream().filter(r -> r.getMethod().equals("PATCH")).toList();
    }

    @Test
    void labelAddsChangesAndRemovesAsKubectlSays() throws Exception {
        assertEquals("deployment.apps/cart labeled\n", run("label deploy cart tier=backend -n shop").stdout());
        RecordedRequest patch = patches().get(0);
        assertTrue(patch.getHeader("Content-Type").startsWith("application/merge-patch+json"));
        assertEquals("{\"metadata\":{\"labels\":{\"tier\":\"backend\"}}}",
                new String(patch.getBody().getBytes(), StandardCharsets.UTF_8));
        assertEquals("backend", run("get deploy cart -n shop -o jsonpath={.metadata.labels.tier}").stdout());
        CommandOutcome clash = run("label deploy cart tier=frontend -n shop");
        assertEquals("error: 'tier' already has a value (backend), and --overwrite is false\n", clash.stderr());
        assertEquals(1, clash.returnCode());
        assertEquals("deployment.apps/cart labeled\n", run("label deploy cart tier=frontend --overwrite -n shop")
                .stdout());
        assertEquals("deployment.apps/cart unlabeled\n", run("label deploy cart tier- -n shop").stdout());
        assertEquals("label \"tier\" not found.\ndeployment.apps/cart not labeled\n",
                run("label deploy cart tier- -n shop").stdout());
    }

    @Test
    void labelBySelectorAndDryRuns() throws Exception {
        CommandOutcome o = run("label pods -l app=frontend canary=true -n shop --dry-run=server");
        assertEquals("pod/frontend-7d4b9c8f6-2xkqp labeled (server dry run)\n"
                + "pod/frontend-7d4b9c8f6-h7zrm labeled (server dry run)\n", o.stdout(), o.stderr());
        assertTrue(patches().stream().allMatch(p -> p.getPath().endsWith("?dryRun=All")));
        assertEquals("", run("get pod frontend-7d4b9c8f6-2xkqp -n shop -o jsonpath={.metadata.labels.canary}")
                .stdout());
        assertEquals("pod/frontend-7d4b9c8f6-2xkqp labeled (dry run)\n",
                run("label pod frontend-7d4b9c8f6-2xkqp canary=true -n shop --dry-run=client").stdout());
        assertTrue(patches().isEmpty());
    }

    @Test
    void labelValuesAreCheckedAnnotationValuesAreFreeText() {
        assertTrue(run("label deploy cart tier=has space -n shop").stderr().contains("error:"));
        // a key outside name characters is refused by input hygiene before the verb sees it
        assertTrue(run("label deploy cart bad!key=x -n shop").stderr()
                .startsWith("denied: \"bad!key=x\" is not a valid resource type or name"));
        assertTrue(run("label deploy cart bad:key=x -n shop").stderr().contains("invalid label spec: bad:key=x"));
        assertTrue(run("label deploy cart -n shop").stderr().contains("at least one label update is required"));
        assertTrue(run("label deploy cart a=1 a- -n shop").stderr()
                .contains("can not both modify and remove a label in the same command"));
        assertEquals("deployment.apps/cart annotated\n",
                run("annotate deploy cart note=paged-on-call:see-runbook -n shop").stdout());
        assertEquals("paged-on-call:see-runbook",
                run("get deploy cart -n shop -o jsonpath={.metadata.annotations.note}").stdout());
    }

    @Test
    void cordonAndUncordon() throws Exception {
        assertEquals("node/demo-worker-1 cordoned\n", run("cordon demo-worker-1").stdout());
        assertEquals("{\"spec\":{\"unschedulable\":true}}",
                new String(patches().get(0).getBody().getBytes(), StandardCharsets.UTF_8));
        assertEquals("true", run("get node demo-worker-1 -o jsonpath={.spec.unschedulable}").stdout());
        assertEquals("node/demo-worker-1 already cordoned\n", run("cordon node/demo-worker-1").stdout());
        assertEquals("node/demo-worker-1 uncordoned\n", run("uncordon demo-worker-1").stdout());
        assertEquals("node/demo-worker-1 already uncordoned\n", run("uncordon demo-worker-1").stdout());
        assertEquals("Error from server (NotFound): nodes \"nope\" not found\n", run("cordon nope").stderr());
    }
}
