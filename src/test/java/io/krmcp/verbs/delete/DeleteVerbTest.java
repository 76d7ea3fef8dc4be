package io.krmcp.verbs.delete;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.fabric8.mockwebserver.http.RecordedRequest;

import io.krmcp.DemoKubectl;
import io.krmcp.TestRunners;
import io.krmcp.audit.CommandOutcome;
import io.krmcp.flow.CommandRunner;

/** {@code delete} on the demo cluster: the objects removed, the DeleteOptions sent, kubectl's lines and errors. */
class DeleteVerbTest {

    static final String POD = "checkout-6c8d9f7b5-q8wzt";
    DemoKubectl demo;
    CommandRunner kubectl;

    @BeforeEach
    void start() throws Exception {
        demo = DemoKubectl.start();
        // Permissive: these tests are about the verb; what the strict rule file lets through is the policy's tests'.
        kubectl = demo.with(Map.of("KUBECTL_ALLOWED_COMMANDS", "get,delete", "K8S_MCP_SECURITY_MODE", "permissive"));
    }

    @AfterEach
    void stop() {
        demo.close();
    }

    CommandOutcome run(String line) {
        return TestRunners.run(kubectl, line);
    }

    boolean exists(String line) {
        return run(line).returnCode() == 0;
    }

    List<RecordedRequest> deletes() throws InterruptedException {
        return demo.requests().stream().filter(r -> r.getMethod().equals("DELETE")).toList();
    }

    static JsonNode body(RecordedRequest r) throws Exception {
        return new ObjectMapper().readTree(r.getBody().readUtf8());
    }

    @Test
    void deletesByNameWithKubectlsLine() throws Exception {
        CommandOutcome o = run("delete pod " + POD + " -n shop");
        assertEquals("pod \"" + POD + "\" deleted from shop namespace\n", o.stdout(), o.stderr());
        assertEquals(0, o.returnCode());
        assertFalse(exists("get pod " + POD + " -n shop"));
        List<RecordedRequest> sent = deletes();
        assertEquals(1, sent.size());
        assertEquals("/api/v1/namespaces/shop/pods/" + POD, sent.get(0).getPath());
        JsonNode options = body(sent.get(0));
        assertEquals("Background", options.path("propagationPolicy").asText());
        assertFalse(options.has("gracePeriodSeconds"));
        assertFalse(options.has("dryRun"));
    }

    @Test
    void typeSlashNameAndGroupedKinds() {
        CommandOutcome o = run("delete deployment.apps/cart svc/cart -n shop");
        assertEquals("deployment.apps \"cart\" deleted from shop namespace\nservice \"cart\" deleted from shop namespace\n",
                o.stdout(), o.stderr());
    }

    @Test
    void serverDryRunAsksTheServerNotToPersist() throws Exception {
        CommandOutcome o = run("delete pod " + POD + " -n shop --dry-run=server");
        assertEquals("pod \"" + POD + "\" deleted from shop namespace (server dry run)\n", o.stdout(), o.stderr());
        JsonNode options = body(deletes().get(0));
        assertEquals("All", options.path("dryRun").path(0).asText());
    }

    @Test
    void clientDryRunSendsNothing() throws Exception {
        CommandOutcome o = run("delete pod " + POD + " -n shop --dry-run=client");
        assertEquals("pod \"" + POD + "\" deleted from shop namespace (dry run)\n", o.stdout());
        assertTrue(deletes().isEmpty());
        assertTrue(exists("get pod " + POD + " -n shop"));
    }

    @Test
    void bareDryRunIsClientWithKubectlsWarning() throws Exception {
        CommandOutcome o = run("delete pod " + POD + " -n shop --dry-run");
        assertTrue(o.stdout().endsWith("(dry run)\n"), o.stdout());
        assertTrue(o.stderr().contains("--dry-run is deprecated and can be replaced with --dry-run=client."));
        assertTrue(deletes().isEmpty());
    }

    @Test
    void selectorDeletesEachMatchAndSaysWhenNoneMatch() {
        CommandOutcome o = run("delete pods -l app=frontend -n shop");
        assertEquals("pod \"frontend-7d4b9c8f6-2xkqp\" deleted from shop namespace\n"
                + "pod \"frontend-7d4b9c8f6-h7zrm\" deleted from shop namespace\n", o.stdout(), o.stderr());
        CommandOutcome none = run("delete pods -l app=nothing -n shop");
        assertEquals("No resources found\n", none.stdout());
        assertEquals(0, none.returnCode());
    }

    @Test
    void forceWithZeroGraceWarnsAndSendsZero() throws Exception {
        CommandOutcome o = run("delete pod " + POD + " -n shop --grace-period=0 --force");
        assertEquals("pod \"" + POD + "\" force deleted from shop namespace\n", o.stdout());
        assertTrue(o.stderr().startsWith("Warning: Immediate deletion does not wait for confirmation"), o.stderr());
        assertEquals(0, body(deletes().get(0)).path("gracePeriodSeconds").asInt(-1));
    }

    @Test
    void zeroGraceWithoutForceBecomesOneAsInKubectl() throws Exception {
        run("delete pod " + POD + " -n shop --grace-period=0");
        assertEquals(1, body(deletes().get(0)).path("gracePeriodSeconds").asInt(-1));
    }

    @Test
    void forceWithAPositiveGraceIsRefusedAndNothingIsDeleted() throws Exception {
        CommandOutcome o = run("delete pod " + POD + " -n shop --force --grace-period=5");
        assertEquals(1, o.returnCode());
        assertTrue(o.stderr().contains("--force and --grace-period greater than 0 cannot be specified together"));
        assertTrue(deletes().isEmpty());
    }

    @Test
    void cascadeBecomesThePropagationPolicy() throws Exception {
        run("delete deploy cart -n shop --cascade=orphan");
        assertEquals("Orphan", body(deletes().get(0)).path("propagationPolicy").asText());
        run("delete deploy frontend -n shop --cascade=foreground");
        assertEquals("Foreground", body(deletes().get(0)).path("propagationPolicy").asText());
        CommandOutcome bad = run("delete deploy checkout -n shop --cascade=sideways");
        assertTrue(bad.stderr().contains("invalid cascade value (sideways)"), bad.stderr());
    }

    @Test
    void missingObjectIsAnErrorUnlessIgnored() {
        CommandOutcome o = run("delete pod nope -n shop");
        assertEquals(1, o.returnCode());
        assertEquals("Error from server (NotFound): pods \"nope\" not found\n", o.stderr());
        CommandOutcome ignored = run("delete pod nope -n shop --ignore-not-found");
        assertEquals(0, ignored.returnCode());
        assertEquals("", ignored.stdout());
    }

    @Test
    void nameOutputAndClusterScopeWarning() {
        assertEquals("pod/" + POD + "\n", run("delete pod " + POD + " -n shop -o name").stdout());
        CommandOutcome ns = run("delete namespace payments -n shop");
        assertEquals("namespace \"payments\" deleted\n", ns.stdout(), ns.stderr());
        assertTrue(ns.stderr().contains("Warning: deleting cluster-scoped resources, not scoped to the provided "
                + "namespace"), ns.stderr());
    }

    @Test
    void kubectlsUsageErrors() {
        assertTrue(run("delete").stderr().contains("You must provide one or more resources by argument or filename."));
        assertTrue(run("delete pods -n shop").stderr().contains("resource(s) were provided, but no name was specified"));
        assertTrue(run("delete pods --all -l app=x -n shop").stderr()
                .contains("cannot set --all and --selector at the same time"));
        assertTrue(run("delete pod x -l app=x -n shop").stderr()
                .contains("name cannot be provided when a selector is specified"));
        assertTrue(run("delete pod x -n shop -o yaml").stderr().contains("We only support '-o name'"));
    }

    @Test
    void notAllowedUnlessTheAllowlistSaysSo() {
        CommandOutcome o = demo.run("delete pod " + POD + " -n shop");
        assertEquals(1, o.returnCode());
        assertTrue(exists("get pod " + POD + " -n shop"));
    }
}
