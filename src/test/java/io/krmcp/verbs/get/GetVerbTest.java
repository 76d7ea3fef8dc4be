package io.krmcp.verbs.get;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.krmcp.DemoKubectl;
import io.krmcp.Golden;
import io.krmcp.TestRunners;
import io.krmcp.audit.CommandOutcome;
import io.krmcp.flow.CommandRunner;

/** {@code get} over the demo cluster with a fixed clock: kubectl's tables, formats, messages and exit codes. */
class GetVerbTest {

    static final Instant NOW = DemoKubectl.NOW;
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

    static String ok(String line) {
        CommandOutcome o = run(line);
        assertEquals(0, o.returnCode(), () -> line + " failed: " + o.stderr());
        return o.stdout();
    }

    @Test
    void podsTable() {
        Golden.assertMatches("get/pods-shop", ok("get pods -n shop"));
    }

    @Test
    void podsAcrossNamespacesHaveANamespaceColumn() {
        Golden.assertMatches("get/pods-all", ok("get pods -A"));
    }

    @Test
    void podsWide() {
        Golden.assertMatches("get/pods-wide", ok("get po -n shop -o wide"));
    }

    @Test
    void deploymentsWide() {
        Golden.assertMatches("get/deployments-wide", ok("get deploy -n shop -o wide"));
    }

    @Test
    void replicaSetsServicesConfigmapsSecretsEventsNodesNamespaces() {
        Golden.assertMatches("get/replicasets", ok("get rs -n shop"));
        Golden.assertMatches("get/services", ok("get svc -n shop -o wide"));
        Golden.assertMatches("get/configmaps", ok("get cm -n shop"));
        Golden.assertMatches("get/secrets", ok("get secrets -n shop"));
        Golden.assertMatches("get/events", ok("get events -n shop"));
        Golden.assertMatches("get/events-wide", ok("get ev -n shop -o wide"));
        Golden.assertMatches("get/nodes-wide", ok("get nodes -o wide"));
        Golden.assertMatches("get/namespaces", ok("get ns"));
    }

    @Test
    void severalTypesArePrefixedWithTheirKindAndSeparated() {
        Golden.assertMatches("get/multi-type", ok("get deploy,svc -n shop"));
    }

    @Test
    void typeSlashNameForms() {
        Golden.assertMatches("get/type-slash-name", ok("get deploy/cart svc/cart -n shop"));
        assertEquals(ok("get deployments.apps cart -n shop"), ok("get deploy/cart -n shop"));
    }

    @Test
    void labelDecorations() {
        Golden.assertMatches("get/show-labels", ok("get pods -n shop --show-labels"));
        Golden.assertMatches("get/label-columns", ok("get pods -n shop -L app,pod-template-hash --no-headers"));
    }

    @Test
    void singleObjectYamlIsNotWrapped() {
        Golden.assertMatches("get/pod-yaml", ok("get pod checkout-6c8d9f7b5-q8wzt -n shop -o yaml"));
    }

    @Test
    void listsAreWrappedInAListKind() {
        String json = ok("get cm -n shop -o json");
        assertTrue(json.startsWith("{\n    \"apiVersion\": \"v1\",\n    \"items\": [\n"), json);
        assertTrue(json.contains("\"kind\": \"ConfigMap\""), json);
        assertTrue(json.endsWith("    \"kind\": \"List\",\n    \"metadata\": {\n        \"resourceVersion\": \"\"\n    }\n}\n"), json);
    }

    @Test
    void namesOutput() {
        assertEquals("deployment.apps/cart\ndeployment.apps/checkout\ndeployment.apps/frontend\n"
                + "deployment.apps/recommendations\n", ok("get deploy -n shop -o name"));
        assertEquals("pod/coredns-668d6bf9bc-w2v5k\n", ok("get pods -n kube-system -oname"));
    }

    @Test
    void missingObjectIsKubectlsNotFound() {
        CommandOutcome o = run("get pod nope -n shop");
        assertEquals(1, o.returnCode());
        assertEquals("Error from server (NotFound): pods \"nope\" not found\n", o.stderr());
        assertEquals("", o.stdout());
    }

    @Test
    void foundAndMissingNamesPrintBothAndFail() {
        CommandOutcome o = run("get deploy cart nope -n shop");
        assertEquals(1, o.returnCode());
        assertTrue(o.stdout().contains("cart"), o.stdout());
        assertEquals("Error from server (NotFound): deployments.apps \"nope\" not found\n", o.stderr());
    }

    @Test
    void ignoreNotFoundSucceedsQuietly() {
        CommandOutcome o = run("get pod nope -n shop --ignore-not-found");
        assertEquals(0, o.returnCode());
        assertEquals("", o.stdout());
    }

    @Test
    void emptyNamespaceSaysSoOnStderr() {
        CommandOutcome o = run("get pods -n payments");
        assertEquals(0, o.returnCode());
        assertEquals("", o.stdout());
        assertEquals("No resources found in payments namespace.\n", o.stderr());
    }

    @Test
    void emptyClusterScopedListSaysNoResourcesFound() {
        CommandOutcome o = run("get pv");
        assertEquals("No resources found\n", o.stderr());
    }

    @Test
    void unknownTypeFails() {
        CommandOutcome o = run("get widgets");
        assertEquals(1, o.returnCode());
        assertEquals("error: the server doesn't have a resource type \"widgets\"\n", o.stderr());
    }

    @Test
    void defaultNamespaceIsUsedWithoutDashN() {
        Golden.assertMatches("get/services-default", ok("get svc"));
    }

    @Test
    void secretValuesNeverAppearInYamlOrJson() {
        for (String line : new String[] {"get secret checkout-db -n shop -o yaml", "get secrets -n shop -o json",
                "get secret,cm -n shop -o yaml", "get all,secrets -n shop -o json"}) {
            CommandOutcome o = run(line);
            assertFalse(o.stdout().contains("czNjcjN0LXBhc3N3MHJk"), line);
            assertFalse(o.stdout().contains("Y2hlY2tvdXQ="), line);
        }
        assertTrue(ok("get secret checkout-db -n shop -o yaml").contains("password: '[redacted: 15 bytes]'"));
    }

    @Test
    void redactionCanBeTurnedOff() {
        CommandRunner plain = demo.with(Map.of("KUBECTL_REDACT_SECRETS", "false"));
        assertTrue(TestRunners.run(plain, "get secret checkout-db -n shop -o yaml").stdout()
                .contains("czNjcjN0LXBhc3N3MHJk"));
    }

    @Test
    void getAllListsTheWorkloadCategory() {
        String out = ok("get all -n shop");
        assertTrue(out.contains("pod/cart-5f6d7c9b8-kx2lp"), out);
        assertTrue(out.contains("service/frontend-public"), out);
        assertTrue(out.contains("deployment.apps/checkout"), out);
        assertTrue(out.contains("replicaset.apps/checkout-6c8d9f7b5"), out);
    }

    @Test
    void usageErrorsHaveKubectlsWords() {
        assertEquals("You must specify the type of resource to get. Use \"kubectl api-resources\" for a complete "
                + "list of supported resources.\n\nerror: Required resource not specified.\n", run("get").stderr());
        assertEquals("error: unable to match a printer suitable for the output format \"xml\", allowed formats are: "
                + "custom-columns,json,jsonpath,jsonpath-as-json,name,wide,yaml\n", run("get pods -o xml").stderr());
        assertEquals("error: name cannot be provided when a selector is specified\n",
                run("get pods web -l app=web").stderr());
        assertTrue(run("get pods -l app=(x").stderr().contains("unable to parse requirement"));
        assertTrue(run("get deploy/ -n shop").stderr().contains("resource/name form"));
    }

    @Test
    void outputIsCappedWithAMarker() {
        CommandRunner small = demo.with(Map.of("KUBECTL_MAX_OUTPUT_BYTES", "200"));
        CommandOutcome o = TestRunners.run(small, "get pods -A");
        assertTrue(o.stdout().length() < 400, o.stdout());
        assertTrue(o.stdout().startsWith("NAMESPACE"), o.stdout());
        assertTrue(o.stdout().contains("[output truncated:"), o.stdout());
        assertTrue(o.stdout().contains("-l, --field-selector"), o.stdout());
    }

    @Test
    void aNameAcrossAllNamespacesIsRefused() {
        CommandOutcome o = run("get pod checkout-6c8d9f7b5-q8wzt -A");
        assertEquals(1, o.returnCode());
        assertEquals("error: a resource cannot be retrieved by name across all namespaces\n", o.stderr());
    }
}
