package io.krmcp.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.modelcontextprotocol.spec.McpSchema;

import io.krmcp.DemoKubectl;
import io.krmcp.audit.AuditLog;
import io.krmcp.config.SettingsLoader;
import io.krmcp.flow.VerbRegistry;

/** The tool's own checks: input shape and the concurrency cap. */
class KubectlToolTest {

    static DemoKubectl demo;

    @BeforeAll
    static void start() throws Exception {
        demo = DemoKubectl.start();
    }

    @AfterAll
    static void stop() {
        demo.close();
    }

    private static KubectlTool tool(CallLimiter limiter) throws Exception {
        return new KubectlTool(demo.with(Map.of()), SettingsLoader.fromEnvironment(Map.of()),
                new VerbRegistry(List.of()), new AuditLog(), limiter);
    }

    private static String text(McpSchema.CallToolResult r) {
        return ((McpSchema.TextContent) r.content().get(0)).text();
    }

    @Test
    void callsBeyondTheCapAreRefusedAtOnce() throws Exception {
        CallLimiter limiter = new CallLimiter(1);
        AutoCloseable held = limiter.tryEnter().orElseThrow();
        McpSchema.CallToolResult busy = tool(limiter).call(Map.of("args", List.of("get", "pods")), "test");
        assertTrue(busy.isError());
        assertTrue(text(busy).contains("K8S_MCP_MAX_CONCURRENT_CALLS=1"), text(busy));
        held.close();
        McpSchema.CallToolResult served = tool(limiter).call(Map.of("args", List.of("get", "ns")), "test");
        assertFalse(served.isError(), text(served));
        assertEquals(0, limiter.inFlight(), "the permit is released after the call");
    }

    @Test
    void argumentsMustBeANonEmptyListOfStrings() throws Exception {
        KubectlTool tool = tool(new CallLimiter(4));
        assertTrue(text(tool.call(Map.of(), "test")).contains("must be a non-empty array of strings"));
        assertTrue(text(tool.call(Map.of("args", List.of()), "test")).contains("non-empty array"));
        assertTrue(text(tool.call(Map.of("args", List.of("get", 3)), "test")).contains("must be a string"));
    }

    @Test
    void theToolIsMarkedDestructiveOnlyWhenAWriteVerbIsAllowed() throws Exception {
        VerbRegistry verbs = VerbRegistry.standard(new ObjectMapper());
        for (Map.Entry<String, Boolean> c : Map.of("get,describe,logs", false, "get,rollout status,rollout history",
                false, "get,scale", true, "rollout", true, "get,rollout restart", true, "get,events,top,explain",
                false, "get,drain", true, "get,exec", true).entrySet()) {
            var settings = SettingsLoader.fromEnvironment(Map.of("KUBECTL_ALLOWED_COMMANDS", c.getKey()));
            McpSchema.Tool t = new KubectlTool(demo.with(Map.of()), settings, verbs, new AuditLog(),
                    new CallLimiter(1)).definition();
            assertEquals(c.getValue(), t.annotations().destructiveHint(), c.getKey());
            assertEquals(!c.getValue(), t.annotations().readOnlyHint(), c.getKey());
        }
    }

    @Test
    void theDescriptionTeachesExecsCommandAllowlist() throws Exception {
        VerbRegistry verbs = VerbRegistry.standard(new ObjectMapper());
        var enabled = SettingsLoader.fromEnvironment(Map.of("KUBECTL_ALLOWED_COMMANDS", "get,exec",
                "KUBECTL_ALLOWED_EXEC_COMMANDS", "ps,df"));
        String d = new KubectlTool(demo.with(Map.of()), enabled, verbs, new AuditLog(), new CallLimiter(1))
                .definition().description();
        assertTrue(d.contains("\"--\", \"ps\"]; the command's first word must be one of: ps, df."), d);
        var disabled = SettingsLoader.fromEnvironment(Map.of("KUBECTL_ALLOWED_COMMANDS", "get,exec"));
        assertTrue(new KubectlTool(demo.with(Map.of()), disabled, verbs, new AuditLog(), new CallLimiter(1))
                .definition().description().contains("exec is disabled"));
    }
}
