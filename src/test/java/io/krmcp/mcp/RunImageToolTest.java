package io.krmcp.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.modelcontextprotocol.spec.McpSchema;

import io.krmcp.DemoKubectl;
import io.krmcp.audit.AuditLog;
import io.krmcp.config.SettingsLoader;

/** The run_image tool: the seed's parameters, its disabled state, and its mapping onto {@code kubectl run}. */
class RunImageToolTest {

    DemoKubectl demo;

    @BeforeEach
    void start() throws Exception {
        demo = DemoKubectl.start();
    }

    @AfterEach
    void stop() {
        demo.close();
    }

    RunImageTool tool(Map<String, String> env) throws Exception {
        var settings = SettingsLoader.fromEnvironment(env);
        Map<String, String> runEnv = new HashMap<>(env);
        runEnv.put("KUBECTL_ALLOWED_COMMANDS", "run"); // as Server builds the tool's runner
        return new RunImageTool(demo.with(runEnv), settings, new AuditLog(), new CallLimiter(4));
    }

    static String text(McpSchema.CallToolResult r) {
        return ((McpSchema.TextContent) r.content().get(0)).text();
    }

    @Test
    void disabledWithoutAllowedImages() throws Exception {
        McpSchema.CallToolResult r = tool(Map.of()).call(Map.of("name", "debug", "image", "busybox"), "test");
        assertTrue(r.isError());
        assertTrue(text(r).contains("run_image is disabled: it requires configuring KUBECTL_ALLOWED_IMAGES"), text(r));
    }

    @Test
    void theCommandGoesAfterADashSoItIsNeverReadAsFlags() {
        assertEquals(List.of("run", "debug", "--image=busybox", "--restart=Never", "--namespace=shop", "--rm",
                "--command", "--", "sh", "-c", "nslookup cart --kubeconfig=/x"),
                RunImageTool.args(Map.of("name", "debug", "image", "busybox", "namespace", "shop", "command",
                        List.of("sh", "-c", "nslookup cart --kubeconfig=/x"))));
        assertEquals(List.of("run", "debug", "--image=busybox", "--restart=Never", "--attach"),
                RunImageTool.args(Map.of("name", "debug", "image", "busybox", "rm", false)));
    }

    @Test
    void badArgumentsNameWhatIsAllowed() throws Exception {
        RunImageTool tool = tool(Map.of("KUBECTL_ALLOWED_IMAGES", "busybox"));
        assertTrue(text(tool.call(Map.of("image", "busybox"), "test")).contains("\"name\" is required"));
        assertTrue(text(tool.call(Map.of("name", "x", "image", "busybox", "command", "ls"), "test"))
                .contains("\"command\" must be an array of strings"));
        assertTrue(text(tool.call(Map.of("name", "x", "image", "busybox", "privileged", true), "test"))
                .contains("unknown argument \"privileged\""));
        assertTrue(text(tool.call(Map.of("name", "x", "image", "busybox", "rm", "yes"), "test"))
                .contains("\"rm\" must be true or false"));
    }

    @Test
    void imagesAreJudgedByTheAllowlistWhateverTheVerbList() throws Exception {
        RunImageTool tool = tool(Map.of("KUBECTL_ALLOWED_IMAGES", "busybox", "KUBECTL_TIMEOUT", "3"));
        McpSchema.CallToolResult refused = tool.call(Map.of("name", "x", "image", "alpine", "namespace", "shop"),
                "test");
        assertTrue(refused.isError());
        assertTrue(text(refused).contains("image 'alpine' is not allowed"), text(refused));
        // Allowed image: the pod is created and, never finishing on the mock, removed at the deadline.
        McpSchema.CallToolResult timedOut = tool.call(Map.of("name", "x", "image", "busybox", "namespace", "shop"),
                "test");
        assertTrue(text(timedOut).contains("timed out after 3 seconds"), text(timedOut));
        assertNull(demo.cluster().client().pods().inNamespace("shop").withName("x").get());
    }

    @Test
    void definitionFollowsTheSeed() throws Exception {
        McpSchema.Tool t = tool(Map.of("KUBECTL_ALLOWED_IMAGES", "busybox,alpine")).definition();
        assertEquals("run_image", t.name());
        String schema = String.valueOf(t.inputSchema());
        assertTrue(schema.contains("required=[name, image]") || schema.contains("\"required\":[\"name\",\"image\"]"),
                schema);
        for (String p : List.of("name", "image", "namespace", "command", "rm")) {
            assertTrue(schema.contains(p + "="), schema);
        }
        assertFalse(t.annotations().readOnlyHint());
    }
}
