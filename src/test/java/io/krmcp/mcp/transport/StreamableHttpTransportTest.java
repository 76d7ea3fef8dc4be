package io.krmcp.mcp.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;

import io.krmcp.Server;
import io.krmcp.config.SettingsLoader;
import io.krmcp.demo.DemoCluster;

/** The HTTP transport end to end: a spec client through the SDK, and the seed README's bare curl. */
class StreamableHttpTransportTest {

    static DemoCluster cluster;
    static StreamableHttpTransport http;
    static String base;
    static final HttpClient CURL = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        cluster = DemoCluster.start(Clock.systemUTC());
        Server server = new Server(SettingsLoader.fromEnvironment(Map.of()), cluster.client(), "demo",
                Clock.systemUTC());
        http = server.startHttp("127.0.0.1", 0);
        base = "http://127.0.0.1:" + http.port();
    }

    @AfterAll
    static void stop() throws Exception {
        http.stop();
        cluster.close();
    }

    @Test
    void specClientInitializesListsToolsAndCallsGet() {
        try (McpSyncClient client = McpClient.sync(HttpClientStreamableHttpTransport.builder(base).endpoint("/mcp")
                .build()).requestTimeout(Duration.ofSeconds(20)).build()) {
            McpSchema.InitializeResult init = client.initialize();
            assertEquals("kubernetes-remediation-mcp", init.serverInfo().name());
            List<String> tools = client.listTools().tools().stream().map(McpSchema.Tool::name).toList();
            assertEquals(List.of("kubectl", "run_image", "get_config", "whoami"), tools);
            McpSchema.Tool kubectl = client.listTools().tools().get(0);
            assertTrue(kubectl.annotations().readOnlyHint(), "default allowlist is read-only");
            assertTrue(kubectl.description().contains("get, describe, logs"), kubectl.description());
            McpSchema.CallToolResult result = client.callTool(new McpSchema.CallToolRequest("kubectl",
                    Map.of("args", List.of("get", "pods", "-A"))));
            assertFalse(result.isError());
            String text = ((McpSchema.TextContent) result.content().get(0)).text();
            assertTrue(text.contains("CrashLoopBackOff"), text);
            @SuppressWarnings("unchecked")
            Map<String, Object> structured = (Map<String, Object>) result.structuredContent();
            assertEquals(true, structured.get("success"));
            assertEquals(0, ((Number) structured.get("return_code")).intValue());
            assertEquals(text, structured.get("stdout"));
        }
    }

    private static JsonNode curl(String body, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/mcp"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (accept != null) {
            request.header("Accept", accept);
        }
        HttpResponse<String> response = CURL.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    @Test
    void bareCurlListsToolsWithoutInitialize() throws Exception {
        JsonNode reply = curl("{\"jsonrpc\": \"2.0\", \"method\": \"tools/list\", \"id\": 1}", "*/*");
        assertEquals("kubectl", reply.at("/result/tools/0/name").asText());
        assertEquals("run_image", reply.at("/result/tools/1/name").asText());
        assertEquals("get_config", reply.at("/result/tools/2/name").asText());
    }

    @Test
    void bareCurlCallsToolsWithoutAcceptHeader() throws Exception {
        JsonNode reply = curl("{\"jsonrpc\":\"2.0\",\"method\":\"tools/call\",\"params\":{\"name\":\"kubectl\","
                + "\"arguments\":{\"args\":[\"get\",\"pods\",\"-A\"]}},\"id\":2}", null);
        assertTrue(reply.at("/result/content/0/text").asText().contains("checkout-6c8d9f7b5-q8wzt"));
        assertFalse(reply.at("/result/isError").asBoolean());
        JsonNode config = curl("{\"jsonrpc\":\"2.0\",\"method\":\"tools/call\",\"params\":{\"name\":\"get_config\","
                + "\"arguments\":{}},\"id\":3}", "application/json");
        assertEquals(60, config.at("/result/structuredContent/timeout_seconds").asInt());
        assertEquals("get", config.at("/result/structuredContent/allowed_commands/0").asText());
        assertEquals("unset", config.at("/result/structuredContent/auth_token").asText());
        assertEquals("strict", config.at("/result/structuredContent/security_mode").asText());
        assertEquals("kubectl delete", config.at("/result/structuredContent/dangerous_commands/0").asText());
        assertEquals("exec-commands", config.at("/result/structuredContent/policy_layers/5").asText());
        assertTrue(config.at("/result/structuredContent/allowed_exec_commands").isArray(), "exec's allowlist, empty");
        assertTrue(config.at("/result/structuredContent/allowed_exec_commands").isEmpty());
        assertEquals("rule-file", config.at("/result/structuredContent/policy_layers/7").asText());
        assertFalse(config.toString().contains("BEGIN CERTIFICATE"));
    }

    @Test
    void deniedCallIsAnErrorResultWithTheReason() throws Exception {
        JsonNode reply = curl("{\"jsonrpc\":\"2.0\",\"method\":\"tools/call\",\"params\":{\"name\":\"kubectl\","
                + "\"arguments\":{\"args\":[\"kubectl\",\"exec\",\"web\",\"--\",\"sh\"]}},\"id\":4}", "*/*");
        assertTrue(reply.at("/result/isError").asBoolean());
        assertEquals("denied: subcommand 'exec' is not allowed (allowed: get, describe, logs)\n",
                reply.at("/result/content/0/text").asText());
        assertTrue(reply.at("/result/structuredContent/denied").asBoolean());
        assertEquals(1, reply.at("/result/structuredContent/return_code").asInt());
    }

    /** HolmesGPT's default without `mode` is SSE at /sse: the answer says what to configure instead. */
    @Test
    void legacySseSaysToUseStreamableHttp() throws Exception {
        HttpResponse<String> r = CURL.send(HttpRequest.newBuilder(URI.create(base + "/sse"))
                .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, r.statusCode());
        assertTrue(r.body().contains("set `mode: streamable-http`"), r.body());
    }

    /** HolmesGPT calls whoami at start-up to check the connection: the identity, never a credential. */
    @Test
    void whoamiNamesTheIdentityTheClusterAndThePolicy() throws Exception {
        JsonNode reply = curl("{\"jsonrpc\":\"2.0\",\"method\":\"tools/call\",\"params\":{\"name\":\"whoami\","
                + "\"arguments\":{}},\"id\":11}", "*/*");
        String text = reply.at("/result/content/0/text").asText();
        assertFalse(reply.at("/result/isError").asBoolean(), reply.toString());
        assertTrue(text.startsWith("User: demo-user\nGroups: system:authenticated\nCluster: http"), text);
        assertTrue(text.contains("Allowed commands: get, describe, logs\nAllowed namespaces: *\n"), text);
        assertEquals("demo-user", reply.at("/result/structuredContent/user").asText());
        assertFalse(reply.toString().toLowerCase(Locale.ROOT).contains("token"), reply.toString());
    }

    /** HolmesGPT re-sends a call a human approved with this marker; the SDK's schema check must not reject it. */
    @Test
    void holmesApprovalMarkerIsAcceptedOnEveryTool() throws Exception {
        JsonNode kubectl = curl("{\"jsonrpc\":\"2.0\",\"method\":\"tools/call\",\"params\":{\"name\":\"kubectl\","
                + "\"arguments\":{\"args\":[\"get\",\"pods\",\"-A\"],\"__robusta_user_approved\":true}},\"id\":7}",
                "*/*");
        assertFalse(kubectl.at("/result/isError").asBoolean(), kubectl.toString());
        assertTrue(kubectl.at("/result/content/0/text").asText().contains("checkout-6c8d9f7b5-q8wzt"));
        JsonNode config = curl("{\"jsonrpc\":\"2.0\",\"method\":\"tools/call\",\"params\":{\"name\":"
                + "\"get_config\",\"arguments\":{\"__robusta_user_approved\":true}},\"id\":8}", "*/*");
        assertFalse(config.at("/result/isError").asBoolean(), config.toString());
        JsonNode run = curl("{\"jsonrpc\":\"2.0\",\"method\":\"tools/call\",\"params\":{\"name\":\"run_image\","
                + "\"arguments\":{\"name\":\"x\",\"image\":\"busybox\",\"__robusta_user_approved\":true}},"
                + "\"id\":9}", "*/*");
        // run_image is disabled by default: refused for that reason, not for the marker
        assertTrue(run.at("/result/content/0/text").asText().contains("KUBECTL_ALLOWED_IMAGES"), run.toString());
    }

    @Test
    void anyOtherUnknownArgumentIsRefusedByName() throws Exception {
        JsonNode reply = curl("{\"jsonrpc\":\"2.0\",\"method\":\"tools/call\",\"params\":{\"name\":\"kubectl\","
                + "\"arguments\":{\"args\":[\"get\",\"pods\"],\"namespace\":\"kube-system\"}},\"id\":10}", "*/*");
        assertTrue(reply.at("/result/isError").asBoolean());
        assertEquals("error: unknown argument \"namespace\" for kubectl; it takes args (arguments starting with __ "
                + "are client markers and are ignored)\n", reply.at("/result/content/0/text").asText());
    }

    @Test
    void malformedArgumentsAreAClearErrorNotAStackTrace() throws Exception {
        JsonNode reply = curl("{\"jsonrpc\":\"2.0\",\"method\":\"tools/call\",\"params\":{\"name\":\"kubectl\","
                + "\"arguments\":{\"args\":\"get pods\"}},\"id\":5}", "*/*");
        String text = reply.toString();
        assertFalse(text.contains("Exception"), text);
        assertFalse(text.contains("at io."), text);
    }

    @Test
    void transportErrorsAreJsonRpcErrorsWithoutJavaInternals() throws Exception {
        for (String body : new String[] {"garbage", "{\"jsonrpc\":\"2.0\",\"result\":{},\"id\":1}"}) {
            HttpResponse<String> r = CURL.send(HttpRequest.newBuilder(URI.create(base + "/mcp"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(400, r.statusCode());
            JsonNode error = JSON.readTree(r.body());
            assertEquals("2.0", error.get("jsonrpc").asText());
            assertTrue(error.get("id").isNull());
            assertTrue(error.at("/error/code").asInt() < 0);
            assertFalse(r.body().contains("stackTrace"), r.body());
            assertFalse(r.body().contains("java"), r.body());
        }
        HttpResponse<String> get = CURL.send(HttpRequest.newBuilder(URI.create(base + "/mcp")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, get.statusCode());
        assertFalse(get.body().contains("<html"), get.body());
    }

    @Test
    void healthEndpointsAnswer() throws Exception {
        for (String path : new String[] {"/healthz", "/readyz"}) {
            HttpResponse<String> r = CURL.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            assertEquals("ok\n", r.body());
        }
    }
}
