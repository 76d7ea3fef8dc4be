package io.krmcp.verbs.patch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.fabric8.mockwebserver.http.RecordedRequest;

import io.krmcp.DemoKubectl;
import io.krmcp.audit.CommandOutcome;
import io.krmcp.flow.CommandRunner;

/** {@code patch}: the content type each --type sends, the body parsed strictly, kubectl's result lines. */
class PatchVerbTest {

    DemoKubectl demo;
    CommandRunner kubectl;

    @BeforeEach
    void start() throws Exception {
        demo = DemoKubectl.start();
        kubectl = demo.with(Map.of("KUBECTL_ALLOWED_COMMANDS", "get,patch", "K8S_MCP_SECURITY_MODE", "permissive"));
    }

    @AfterEach
    void stop() {
        demo.close();
    }

    /** Arguments as given: a patch contains spaces and quotes, so no splitting on blanks. */
    CommandOutcome run(String... args) {
        return kubectl.run(List.of(args));
    }

    List<RecordedRequest> patches() throws InterruptedException {
        return demo.requests().stream().filter(r -> r.getMethod().equals("PATCH")).toList();
    }

    String image(String deployment) {
        return run("get", "deploy", deployment, "-n", "shop", "-o",
                "jsonpath={.spec.template.spec.containers[0].image}").stdout();
    }

    @Test
    void strategicIsTheDefaultAsInKubectl() throws Exception {
        CommandOutcome o = run("patch", "deploy", "cart", "-n", "shop", "-p", "{\"spec\":{\"replicas\":4}}");
        assertEquals("deployment.apps/cart patched\n", o.stdout(), o.stderr());
        RecordedRequest sent = patches().get(0);
        assertEquals("/apis/apps/v1/namespaces/shop/deployments/cart", sent.getPath());
        assertTrue(sent.getHeader("Content-Type").startsWith("application/strategic-merge-patch+json"));
        assertEquals("4", run("get", "deploy", "cart", "-n", "shop", "-o", "jsonpath={.spec.replicas}").stdout());
    }

    @Test
    void yamlPatchesAreSentAsJson() throws Exception {
        // One line: arguments never carry line breaks (input hygiene), so YAML is written in flow style.
        run("patch", "deploy", "cart", "-n", "shop", "--type=merge", "-p", "metadata: {labels: {tier: backend}}");
        RecordedRequest sent = patches().get(0);
        assertTrue(sent.getHeader("Content-Type").startsWith("application/merge-patch+json"));
        assertEquals("{\"metadata\":{\"labels\":{\"tier\":\"backend\"}}}", new String(sent.getBody().getBytes(),
                StandardCharsets.UTF_8));
    }

    @Test
    void jsonPatchOperations() throws Exception {
        CommandOutcome o = run("patch", "deploy", "cart", "-n", "shop", "--type", "json", "-p",
                "[{\"op\":\"replace\",\"path\":\"/spec/template/spec/containers/0/image\",\"value\":\"cart:9\"}]");
        assertEquals("deployment.apps/cart patched\n", o.stdout(), o.stderr());
        assertTrue(patches().get(0).getHeader("Content-Type").startsWith("application/json-patch+json"));
        assertEquals("cart:9", image("cart"));
    }

    @Test
    void unchangedObjectSaysNoChange() {
        CommandOutcome o = run("patch", "deploy", "cart", "-n", "shop", "--type=merge", "-p",
                "{\"spec\":{\"replicas\":1}}");
        assertEquals("deployment.apps/cart patched (no change)\n", o.stdout(), o.stderr());
    }

    @Test
    void serverDryRunIsAQueryParameterAndChangesNothing() throws Exception {
        CommandOutcome o = run("patch", "deploy", "cart", "-n", "shop", "--dry-run=server", "-p",
                "{\"spec\":{\"template\":{\"spec\":{\"containers\":[{\"name\":\"cart\",\"image\":\"cart:9\"}]}}}}");
        assertTrue(o.stdout().endsWith("(server dry run)\n"), o.stdout() + o.stderr());
        assertTrue(patches().get(0).getPath().endsWith("?dryRun=All"));
        assertEquals("ghcr.io/demo-shop/cart:1.4.2", image("cart"));
    }

    @Test
    void clientDryRunAppliesAMergePatchLocally() throws Exception {
        CommandOutcome o = run("patch", "deploy", "cart", "-n", "shop", "--type=merge", "--dry-run=client", "-p",
                "{\"spec\":{\"replicas\":7}}", "-o", "jsonpath");
        assertTrue(o.stderr().contains("allowed formats are: json,name,yaml"), o.stderr());
        CommandOutcome yaml = run("patch", "deploy", "cart", "-n", "shop", "--type=merge", "--dry-run=client", "-p",
                "{\"spec\":{\"replicas\":7}}", "-o", "yaml");
        assertTrue(yaml.stdout().contains("  replicas: 7\n"), yaml.stdout() + yaml.stderr());
        assertTrue(patches().isEmpty());
        CommandOutcome strategic = run("patch", "deploy", "cart", "-n", "shop", "--dry-run=client", "-p", "{}");
        assertTrue(strategic.stderr().contains("use --dry-run=server"), strategic.stderr());
    }

    @Test
    void subresourceIsPartOfThePath() throws Exception {
        run("patch", "deploy", "cart", "-n", "shop", "--subresource=scale", "--type=merge", "-p",
                "{\"spec\":{\"replicas\":2}}");
        assertEquals("/apis/apps/v1/namespaces/shop/deployments/cart/scale", patches().get(0).getPath());
    }

    @Test
    void patchedSecretsAreShownRedacted() {
        CommandOutcome o = run("patch", "secret", "checkout-db", "-n", "shop", "--type=merge", "-p",
                "{\"metadata\":{\"labels\":{\"rotated\":\"yes\"}}}", "-o", "json");
        assertFalse(o.stdout().contains("czNjcjN0"), o.stdout());
        assertTrue(o.stdout().contains("\"rotated\": \"yes\""), o.stdout());
    }

    @Test
    void badPatchesAreRefusedBeforeAnythingIsSent() throws Exception {
        assertTrue(run("patch", "deploy", "cart", "-n", "shop", "-p", "{\"spec\":").stderr()
                .startsWith("error: unable to parse \"{\"spec\":\": "));
        assertTrue(run("patch", "deploy", "cart", "-n", "shop", "--type=json", "-p", "{\"a\":1}").stderr()
                .contains("a json patch is a list of operations"));
        assertTrue(run("patch", "deploy", "cart", "-n", "shop", "--type=xml", "-p", "{}").stderr()
                .contains("--type must be one of [json merge strategic], not \"xml\""));
        assertTrue(run("patch", "deploy", "cart", "-n", "shop").stderr()
                .contains("must specify --patch or --patch-file"));
        assertTrue(patches().isEmpty());
    }

    @Test
    void missingObject() {
        CommandOutcome o = run("patch", "deploy", "nope", "-n", "shop", "-p", "{}");
        assertEquals("Error from server (NotFound): deployments.apps \"nope\" not found\n", o.stderr());
        assertEquals(1, o.returnCode());
    }
}
