package io.krmcp.verbs.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.krmcp.DemoKubectl;
import io.krmcp.TestRunners;
import io.krmcp.audit.CommandOutcome;
import io.krmcp.flow.CommandRunner;

/** {@code logs} over the demo cluster, whose dispatcher serves canned logs. */
class LogsVerbTest {

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
    void podLogs() {
        CommandOutcome o = run("logs checkout-6c8d9f7b5-q8wzt -n shop");
        assertEquals(0, o.returnCode(), o.stderr());
        assertTrue(o.stdout().endsWith("DATABASE_URL is not set; the payments database cannot be reached\n"));
        assertEquals("", o.stderr());
    }

    @Test
    void previousContainerAndTail() {
        CommandOutcome o = run("logs checkout-6c8d9f7b5-q8wzt -n shop -p --tail=1");
        assertEquals("2026-11-22T10:09:51.410Z FATAL exiting with status 1: required setting DATABASE_URL missing "
                + "(see secret checkout-db)\n", o.stdout());
        assertEquals(o.stdout(), run("logs pod/checkout-6c8d9f7b5-q8wzt -n shop --previous --tail 1").stdout());
    }

    @Test
    void workloadLogsUseItsBestPodAndSaySo() {
        CommandOutcome o = run("logs deploy/frontend -n shop --tail=1");
        assertEquals(0, o.returnCode(), o.stderr());
        assertTrue(o.stderr().startsWith("Found 2 pods, using pod/frontend-7d4b9c8f6-"), o.stderr());
        assertEquals(1, o.stdout().lines().count());
        assertTrue(run("logs deployments.apps/cart -n shop").stdout().contains("cart ready on :8080"));
        assertTrue(run("logs rs/checkout-6c8d9f7b5 -n shop").stdout().contains("DATABASE_URL"));
    }

    @Test
    void selectorReadsEveryPodWithPrefixes() {
        CommandOutcome o = run("logs -l app=frontend -n shop --prefix");
        assertEquals(0, o.returnCode(), o.stderr());
        assertTrue(o.stdout().contains("[pod/frontend-7d4b9c8f6-2xkqp/frontend] 10.244.1.1 - -"), o.stdout());
        assertTrue(o.stdout().contains("[pod/frontend-7d4b9c8f6-h7zrm/frontend] 10.244.2.4 - -"), o.stdout());
    }

    @Test
    void missingPodIsNotFound() {
        CommandOutcome o = run("logs nope -n shop");
        assertEquals(1, o.returnCode());
        // kubectl's logs wraps the server's words and names the namespace
        assertEquals("error: error from server (NotFound): pods \"nope\" not found in namespace \"shop\"\n",
                o.stderr());
    }

    @Test
    void anUnknownContainerIsRefusedBeforeAnyLogIsRead() throws Exception {
        demo.requests();
        CommandOutcome o = run("logs checkout-6c8d9f7b5-q8wzt -n shop -c nope");
        assertEquals(1, o.returnCode());
        assertEquals("error: container nope is not valid for pod checkout-6c8d9f7b5-q8wzt out of: checkout\n",
                o.stderr());
        assertTrue(demo.requests().stream().noneMatch(r -> r.getPath().contains("/log")));
    }

    @Test
    void followIsRefusedWithAHint() {
        CommandOutcome o = run("logs checkout-6c8d9f7b5-q8wzt -n shop -f");
        assertEquals(1, o.returnCode());
        assertTrue(o.stderr().contains("--since=5m or --tail=100"), o.stderr());
    }

    @Test
    void usageErrors() {
        assertTrue(run("logs").stderr().startsWith("error: expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'."));
        assertEquals("error: only a selector (-l) or a POD name is allowed\n", run("logs web -l app=web").stderr());
        assertTrue(run("logs web --since=5m --since-time=2026-01-01T00:00:00Z").stderr().contains("at most one"));
        assertTrue(run("logs web --tail=-2").stderr().contains("--tail must be greater than or equal to -1"));
        assertTrue(run("logs web --since-time=yesterday").stderr().contains("RFC3339"));
        assertTrue(run("logs web -c app --all-containers").stderr().contains("should not be specified"));
    }

    @Test
    void capKeepsTheNewestLines() {
        CommandRunner small = demo.with(Map.of("KUBECTL_MAX_OUTPUT_BYTES", "120"));
        CommandOutcome o = TestRunners.run(small, "logs checkout-6c8d9f7b5-q8wzt -n shop -p");
        assertTrue(o.stdout().startsWith("[output truncated: the first "), o.stdout());
        assertTrue(o.stdout().endsWith("(see secret checkout-db)\n"), o.stdout());
        assertFalse(o.stdout().contains("checkout starting"), o.stdout());
    }
}
