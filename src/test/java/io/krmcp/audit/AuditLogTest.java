package io.krmcp.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.krmcp.DemoKubectl;
import io.krmcp.config.SettingsLoader;
import io.krmcp.flow.VerbRegistry;
import io.krmcp.kube.CallerIdentity;
import io.krmcp.mcp.CallLimiter;
import io.krmcp.mcp.KubectlTool;

/** One JSON line per call with every field the audit trail promises, and no secret in it. */
class AuditLogTest {

    static DemoKubectl demo;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        demo = DemoKubectl.start();
    }

    @AfterAll
    static void stop() {
        demo.close();
    }

    static JsonNode call(Map<String, String> env, Caller caller, String... args) throws Exception {
        List<String> lines = new ArrayList<>();
        var settings = SettingsLoader.fromEnvironment(env);
        new KubectlTool(demo.with(env), settings, VerbRegistry.standard(JSON), new AuditLog(lines::add),
                new CallLimiter(2)).call(Map.of("args", List.of(args)), caller);
        assertEquals(1, lines.size(), lines.toString());
        return JSON.readTree(lines.get(0));
    }

    @Test
    void anImpersonatedCallerIsNamed() throws Exception {
        JsonNode line = call(Map.of(), new Caller("http", "-", Map.of(),
                new CallerIdentity("alice", List.of("sre"))), "get", "pods", "-n", "shop");
        assertEquals("alice", line.path("user").asText(), line.toString());
    }

    @Test
    void clientMarkersAreRecordedAsGiven() throws Exception {
        JsonNode line = call(Map.of(), new Caller("http", "-").withClientMarkers(
                Map.of("__robusta_user_approved", true)), "get", "pods", "-n", "shop");
        assertTrue(line.path("client_markers").path("__robusta_user_approved").asBoolean(), line.toString());
    }

    @Test
    void anAllowedCallRecordsWhoWhatAndHowItEnded() throws Exception {
        JsonNode line = call(Map.of(), new Caller("http", "session-42"), "get", "pods", "-n", "shop");
        assertEquals(List.of("time", "transport", "session", "tool", "duration_ms", "command", "decision",
                "return_code", "output_bytes"), fieldNames(line));
        assertEquals("http", line.path("transport").asText());
        assertEquals("session-42", line.path("session").asText());
        assertEquals("kubectl", line.path("tool").asText());
        assertEquals("kubectl get pods -n shop", line.path("command").asText());
        assertEquals("allow", line.path("decision").asText());
        assertEquals(0, line.path("return_code").asInt());
        assertTrue(line.path("output_bytes").asInt() > 100);
    }

    @Test
    void aDenialNamesItsLayerAndReason() throws Exception {
        JsonNode line = call(Map.of(), Caller.of("stdio"), "delete", "pod", "x", "-n", "shop");
        assertEquals("deny", line.path("decision").asText());
        assertEquals("subcommand-allowlist", line.path("layer").asText());
        assertFalse(line.path("reason").asText().isEmpty());
        assertEquals("-", line.path("session").asText());
    }

    @Test
    void patchBodiesAndEnvValuesAreRecordedBySizeAndHashOnly() throws Exception {
        Map<String, String> env = Map.of("KUBECTL_ALLOWED_COMMANDS", "get,patch,run", "K8S_MCP_SECURITY_MODE",
                "permissive", "KUBECTL_ALLOWED_IMAGES", "busybox");
        String body = "{\"stringData\":{\"password\":\"hunter2\"}}";
        for (String[] args : List.of(new String[] {"patch", "secret", "checkout-db", "-n", "shop", "-p", body},
                new String[] {"patch", "secret", "checkout-db", "-n", "shop", "--patch=" + body},
                new String[] {"patch", "secret", "checkout-db", "-n", "shop", "-p" + body})) {
            String command = call(env, Caller.of("http"), args).path("command").asText();
            assertFalse(command.contains("hunter2"), command);
            assertTrue(command.contains("<" + body.length() + " bytes sha256:"), command);
        }
        String run = call(env, Caller.of("http"), "run", "x", "--image=busybox", "-n", "shop", "--dry-run=client",
                "--env", "TOKEN=hunter2").path("command").asText();
        assertFalse(run.contains("hunter2"), run);
        // logs -p is --previous, a boolean: the pod name after it stays readable.
        String logs = call(Map.of(), Caller.of("http"), "logs", "-p", "checkout-6c8d9f7b5-q8wzt", "-n", "shop")
                .path("command").asText();
        assertEquals("kubectl logs -p checkout-6c8d9f7b5-q8wzt -n shop", logs);
    }

    @Test
    void sameBodySameHashDifferentBodyDifferentHash() {
        assertEquals(AuditedCommand.mask("{\"a\":1}"), AuditedCommand.mask("{\"a\":1}"));
        assertFalse(AuditedCommand.mask("{\"a\":1}").equals(AuditedCommand.mask("{\"a\":2}")));
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
