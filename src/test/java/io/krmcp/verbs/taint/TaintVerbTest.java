package io.krmcp.verbs.taint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.krmcp.DemoKubectl;
import io.krmcp.TestRunners;
import io.krmcp.audit.CommandOutcome;
import io.krmcp.flow.CommandRunner;

/** {@code taint}: adding, overwriting and removing node taints, with kubectl's lines and refusals. */
class TaintVerbTest {

    DemoKubectl demo;
    CommandRunner kubectl;

    @BeforeEach
    void start() throws Exception {
        demo = DemoKubectl.start();
        kubectl = demo.with(Map.of("KUBECTL_ALLOWED_COMMANDS", "get,taint", "K8S_MCP_SECURITY_MODE", "permissive"));
    }

    @AfterEach
    void stop() {
        demo.close();
    }

    CommandOutcome run(String line) {
        return TestRunners.run(kubectl, line);
    }

    String taints(String node) {
        return kubectl.run(List.of("get", "node", node, "-o",
                "jsonpath={range .spec.taints[*]}{.key}={.value}:{.effect};{end}")).stdout();
    }

    @Test
    void addOverwriteAndRemove() throws Exception {
        assertEquals("node/demo-worker-1 tainted\n", run("taint nodes demo-worker-1 dedicated=db:NoSchedule").stdout());
        String body = demo.requests().stream().filter(r -> r.getMethod().equals("PATCH"))
                .map(r -> new String(r.getBody().getBytes(), StandardCharsets.UTF_8)).findFirst().orElseThrow();
        assertEquals("{\"spec\":{\"taints\":[{\"key\":\"dedicated\",\"value\":\"db\",\"effect\":\"NoSchedule\"}]}}", body);
        assertEquals("dedicated=db:NoSchedule;", taints("demo-worker-1"));
        assertEquals("error: node demo-worker-1 already has dedicated taint(s) with same effect(s) and --overwrite "
                + "is false\n", run("taint nodes demo-worker-1 dedicated=cache:NoSchedule").stderr());
        assertEquals("node/demo-worker-1 tainted\n",
                run("taint nodes demo-worker-1 dedicated=cache:NoSchedule --overwrite").stdout());
        assertEquals("dedicated=cache:NoSchedule;", taints("demo-worker-1"));
        assertEquals("node/demo-worker-1 untainted\n", run("taint node/demo-worker-1 dedicated:NoSchedule-").stdout());
        assertEquals("", taints("demo-worker-1"));
        assertEquals("error: taint \"dedicated\" not found\n", run("taint nodes demo-worker-1 dedicated-").stderr());
    }

    @Test
    void refusals() {
        assertTrue(run("taint pods x a=b:NoSchedule -n shop").stderr().contains("only nodes can be tainted"));
        assertTrue(run("taint nodes demo-worker-1 a=b:Sometimes").stderr()
                .contains("invalid taint effect: Sometimes, unsupported taint effect"));
        assertTrue(run("taint nodes demo-worker-1 a=b").stderr().contains("the effect is required"));
        assertTrue(run("taint nodes demo-worker-1").stderr().contains("at least one taint update is required"));
    }
}
