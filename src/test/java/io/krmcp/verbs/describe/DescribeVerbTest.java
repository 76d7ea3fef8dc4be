package io.krmcp.verbs.describe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.krmcp.Golden;
import io.krmcp.TestRunners;
import io.krmcp.DemoKubectl;
import io.krmcp.verbs.CommandOutcome;
import io.krmcp.verbs.CommandRunner;

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
        assertTrue(o.stdout().contains("Warning  BackOff  2m (x31 over 24m)  kubelet  Back-off restarting failed"),
                o.stdout());
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
        assertTrue(run("describe node/demo-worker-1").stdout().startsWith("Name:         demo-worker-1\n"));
        assertTrue(run("describe").stderr().contains("You must specify the type of resource to describe"));
    }
}
