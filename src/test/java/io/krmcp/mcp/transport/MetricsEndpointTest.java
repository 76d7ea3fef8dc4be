package io.krmcp.mcp.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.krmcp.Server;
import io.krmcp.config.SettingsLoader;
import io.krmcp.demo.DemoCluster;

/** /metrics after a few calls: calls by tool, verb and outcome, denials by layer, latency, API requests, JVM. */
class MetricsEndpointTest {

    static final HttpClient HTTP = HttpClient.newHttpClient();

    static String post(String base, String args) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/mcp")).header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\","
                        + "\"params\":{\"name\":\"kubectl\",\"arguments\":{\"args\":" + args + "}}}")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    static double value(String metrics, String series) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " ([0-9.eE+-]+)$").matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : -1;
    }

    @Test
    void countsCallsDenialsLatencyAndApiRequests() throws Exception {
        try (DemoCluster cluster = DemoCluster.start(Clock.systemUTC())) {
            Server server = new Server(SettingsLoader.fromEnvironment(Map.of("K8S_MCP_AUTH_TOKEN", "s3cret-token")),
                    cluster.client(), "demo", Clock.systemUTC());
            StreamableHttpTransport http = server.startHttp("127.0.0.1", 0);
            String base = "http://127.0.0.1:" + http.port();
            try {
                HttpRequest.Builder authorized = HttpRequest.newBuilder().header("Authorization", "Bearer s3cret-token");
                for (String args : new String[] {"[\"get\",\"pods\",\"-A\"]", "[\"get\",\"ns\"]",
                        "[\"delete\",\"pod\",\"x\"]", "[\"frobnicate\"]"}) {
                    HTTP.send(authorized.copy().uri(URI.create(base + "/mcp")).header("Content-Type",
                            "application/json").header("Accept", "application/json, text/event-stream")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":"
                                    + "\"tools/call\",\"params\":{\"name\":\"kubectl\",\"arguments\":{\"args\":"
                                    + args + "}}}")).build(), HttpResponse.BodyHandlers.ofString());
                }
                // The scraper needs no token, as the health endpoints.
                HttpResponse<String> scraped = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/metrics"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, scraped.statusCode());
                String m = scraped.body();
                assertEquals(2.0, value(m, "krmcp_tool_calls_total{outcome=\"ok\",tool=\"kubectl\",verb=\"get\"}"), m);
                assertEquals(1.0, value(m, "krmcp_tool_calls_total{outcome=\"denied\",tool=\"kubectl\",verb=\"delete\"}"));
                assertEquals(1.0, value(m, "krmcp_tool_calls_total{outcome=\"denied\",tool=\"kubectl\",verb=\"other\"}"));
                assertTrue(value(m, "krmcp_policy_denials_total{layer=\"subcommand-allowlist\"}") >= 1.0, m);
                assertTrue(m.contains("krmcp_tool_call_duration_seconds_bucket{tool=\"kubectl\",verb=\"get\",le="), m);
                assertTrue(value(m, "krmcp_api_requests_total{method=\"GET\",status=\"2xx\"}") >= 2.0, m);
                assertEquals(0.0, value(m, "krmcp_calls_in_flight"));
                assertTrue(m.contains("jvm_memory_used_bytes{"), "JVM metrics");
                assertFalse(m.contains("s3cret-token") || m.contains("frobnicate"), "no tokens, no command text");
            } finally {
                http.stop();
            }
        }
    }
}
