package io.krmcp.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.modelcontextprotocol.spec.McpSchema;

import io.krmcp.DemoKubectl;
import io.krmcp.audit.AuditLog;
import io.krmcp.audit.Caller;
import io.krmcp.config.SettingsLoader;
import io.krmcp.flow.VerbRegistry;

/**
 * {@code K8S_MCP_DANGEROUS=confirm}: a command the rule file marks dangerous is answered with HolmesGPT's
 * {@code approval_required} instead of a refusal, and runs when the client re-sends it approved. Never a silent
 * allow: without the marker, in deny mode, or for a regex rule, nothing runs.
 */
class ConfirmDangerousTest {

    static final ObjectMapper JSON = new ObjectMapper();
    DemoKubectl demo;
    final List<String> audit = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        demo = DemoKubectl.start();
    }

    @AfterEach
    void stop() {
        demo.close();
    }

    McpSchema.CallToolResult call(String mode, boolean approved, String... args) throws Exception {
        Map<String, String> env = Map.of("KUBECTL_ALLOWED_COMMANDS", "get,delete", "K8S_MCP_DANGEROUS", mode);
        KubectlTool tool = new KubectlTool(demo.with(env), SettingsLoader.fromEnvironment(env),
                VerbRegistry.standard(JSON), new AuditLog(audit::add), new CallLimiter(2));
        Caller caller = Caller.of("http").withClientMarkers(approved ? Map.of(Caller.APPROVED_MARKER, true)
                : Map.of());
        return tool.call(Map.of("args", List.of(args)), caller);
    }

    static String text(McpSchema.CallToolResult r) {
        return ((McpSchema.TextContent) r.content().get(0)).text();
    }

    boolean podExists(String name) {
        return demo.cluster().client().pods().inNamespace("shop").withName(name).get() != null;
    }

    @Test
    void aDangerousCommandAsksForApprovalAndNothingRuns() throws Exception {
        // "kubectl delete" is dangerous in the built-in rules; deleting a replicaset is not re-allowed
        McpSchema.CallToolResult r = call("confirm", false, "delete", "rs", "cart-5f6d7c9b8", "-n", "shop");
        assertTrue(r.isError());
        JsonNode ask = JSON.readTree(text(r));
        assertEquals("approval_required", ask.path("status").asText());
        assertEquals("kubectl delete rs cart-5f6d7c9b8 -n shop", ask.path("command").asText());
        assertTrue(audit.get(0).contains("\"reason\":\"approval-required\""), audit.get(0));
        assertTrue(demo.cluster().client().apps().replicaSets().inNamespace("shop").withName("cart-5f6d7c9b8")
                .get() != null);
    }

    @Test
    void theApprovedCallRuns() throws Exception {
        McpSchema.CallToolResult r = call("confirm", true, "delete", "rs", "cart-5f6d7c9b8", "-n", "shop");
        assertFalse(r.isError(), text(r));
        assertTrue(text(r).contains("deleted"), text(r));
        assertTrue(audit.get(0).contains("\"__robusta_user_approved\":true"), audit.get(0));
    }

    @Test
    void denyModeIgnoresTheMarker() throws Exception {
        McpSchema.CallToolResult r = call("deny", true, "delete", "rs", "cart-5f6d7c9b8", "-n", "shop");
        assertTrue(r.isError());
        assertTrue(text(r).startsWith("denied: "), text(r));
    }

    @Test
    void regexRulesAreNeverConfirmable() throws Exception {
        McpSchema.CallToolResult r = call("confirm", true, "delete", "pods", "--all", "-n", "shop");
        assertTrue(r.isError());
        assertTrue(text(r).contains("Deleting all resources is restricted"), text(r));
        assertTrue(podExists("cart-5f6d7c9b8-kx2lp"));
    }
}
