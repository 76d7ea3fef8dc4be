package io.krmcp.mcp.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.spec.McpSchema;

/** The packaged jar over stdio, as a desktop client starts it. */
class StdioJarIT {

    static final String JAR = System.getProperty("krmcp.jar", "target/kubernetes-remediation-mcp.jar");
    static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void sdkClientOverStdio() {
        ServerParameters params = ServerParameters.builder(JAVA).args("-jar", JAR, "--demo").build();
        try (McpSyncClient client = McpClient.sync(new StdioClientTransport(params, McpJsonDefaults.getMapper()))
                .requestTimeout(Duration.ofSeconds(30)).build()) {
            client.initialize();
            assertEquals(List.of("kubectl", "run_image", "get_config", "whoami"),
                    client.listTools().tools().stream().map(McpSchema.Tool::name).toList());
            McpSchema.CallToolResult result = client.callTool(new McpSchema.CallToolRequest("kubectl",
                    Map.of("args", List.of("get", "pods", "-A"))));
            assertFalse(result.isError());
            String text = ((McpSchema.TextContent) result.content().get(0)).text();
            assertTrue(text.startsWith("NAMESPACE "), text);
            assertTrue(text.contains("CrashLoopBackOff"), text);
        }
    }

    private static Process start(String... extra) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(JAVA, "-jar", JAR));
        cmd.addAll(List.of(extra));
        return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static List<JsonNode> readAll(Process p) throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                lines.add(JSON.readTree(line)); // every stdout line must be JSON
            }
        }
        return lines;
    }

    @Test
    void malformedLineGetsAParseErrorAndTheSessionGoesOn() throws Exception {
        Process p = start("--demo");
        try (OutputStream in = p.getOutputStream()) {
            in.write(("this is not json\n{\"jsonrpc\":\"2.0\",\"method\":\"tools/list\",\"id\":7}\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        List<JsonNode> replies = readAll(p);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue());
        assertEquals(2, replies.size(), replies.toString());
        assertEquals(-32700, replies.get(0).at("/error/code").asInt());
        assertTrue(replies.get(0).get("id").isNull());
        assertEquals(7, replies.get(1).get("id").asInt());
        assertEquals("kubectl", replies.get(1).at("/result/tools/0/name").asText());
    }

    @Test
    void callsInFlightAtEndOfInputAreAnswered() throws Exception {
        Process p = start("--demo");
        try (OutputStream in = p.getOutputStream()) {
            StringBuilder calls = new StringBuilder();
            for (int id = 1; id <= 5; id++) {
                calls.append("{\"jsonrpc\":\"2.0\",\"method\":\"tools/call\",\"id\":").append(id)
                        .append(",\"params\":{\"name\":\"kubectl\",\"arguments\":{\"args\":[\"get\",\"deploy\",\"-A\"]}}}\n");
            }
            in.write(calls.toString().getBytes(StandardCharsets.UTF_8));
        }
        List<JsonNode> replies = readAll(p);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue());
        assertEquals(5, replies.size());
        for (JsonNode reply : replies) {
            assertTrue(reply.at("/result/content/0/text").asText().contains("checkout"), reply.toString());
        }
    }

    /**
     * What a desktop client's first exchange loads: neither the metrics library (nobody can scrape a stdio server)
     * nor the SDK's JSON Schema validator (each tool checks its own arguments). Together they were 0.4 s of the
     * start-up before {@code initialize} was answered. Arguments of the wrong shape get the tool's own message.
     */
    @Test
    void aStdioSessionLoadsNeitherMetricsNorTheSchemaValidator() throws Exception {
        Path dir = Files.createTempDirectory("stdio-classes");
        Path kubeconfig = dir.resolve("kubeconfig");
        Files.writeString(kubeconfig, String.join("\n", "apiVersion: v1", "kind: Config", "clusters:",
                "- cluster: {server: \"https://127.0.0.1:9\"}", "  name: c", "contexts:",
                "- context: {cluster: c, user: u}", "  name: c", "current-context: c", "users:",
                "- name: u", "  user: {token: t}", ""));
        Path classes = dir.resolve("classes.log");
        ProcessBuilder pb = new ProcessBuilder(JAVA, "-Xlog:class+load=info:file=" + classes, "-jar", JAR);
        pb.environment().put("KUBECONFIG", kubeconfig.toString());
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(String.join("\n",
                    "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
                            + "\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}",
                    "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}",
                    "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":\"kubectl\","
                            + "\"arguments\":{\"args\":[\"get\",7]}}}",
                    "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"tools/call\",\"params\":{\"name\":\"kubectl\","
                            + "\"arguments\":{}}}", "").getBytes(StandardCharsets.UTF_8));
        }
        List<JsonNode> replies = readAll(p);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(4, replies.size(), replies.toString());
        Map<Integer, String> texts = new HashMap<>();
        replies.forEach(r -> texts.put(r.get("id").asInt(), r.at("/result/content/0/text").asText()));
        assertTrue(texts.get(3).startsWith("error: every element of \"args\" must be a string"), texts.get(3));
        assertTrue(texts.get(4).startsWith("error: \"args\" must be a non-empty array of strings"), texts.get(4));
        String loaded = Files.readString(classes);
        assertTrue(loaded.contains(" io.krmcp.metrics.Metrics "), "the log names loaded classes");
        assertFalse(loaded.contains(" io.micrometer."), "the metrics library was loaded");
        assertFalse(loaded.contains(" com.networknt."), "the schema validator was loaded");
    }

    @Test
    void withoutAClusterItExitsWithAMessage() throws Exception {
        Path home = Files.createTempDirectory("no-kube");
        ProcessBuilder pb = new ProcessBuilder(JAVA, "-Duser.home=" + home, "-jar", JAR);
        pb.environment().remove("KUBECONFIG");
        pb.environment().remove("KUBERNETES_SERVICE_HOST");
        pb.redirectErrorStream(false);
        Process p = pb.start();
        p.getOutputStream().close();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(2, p.exitValue());
        assertTrue(err.contains("no Kubernetes cluster to connect to"), err);
        assertTrue(err.contains("--demo"), err);
        assertEquals("", out);
    }

    @Test
    void badSettingsStopTheServerBeforeItStarts() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(JAVA, "-jar", JAR, "--demo");
        pb.environment().put("K8S_MCP_SECURITY_MODE", "lenient");
        Process p = pb.start();
        p.getOutputStream().close();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(2, p.exitValue());
        assertTrue(err.contains("K8S_MCP_SECURITY_MODE=lenient is not a mode"), err);
    }
}
