package io.krmcp.mcp.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;

import io.krmcp.Server;
import io.krmcp.config.SettingsLoader;

/**
 * Over stdio, with an API server that never answers: calls up to {@code K8S_MCP_MAX_CONCURRENT_CALLS} run, the rest
 * are refused at once as busy, and {@code tools/list} and {@code get_config} are answered at once, never queued
 * behind the hanging calls.
 */
class StdioConcurrencyTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void hangingCallsNeitherQueueOthersNorDelayTheProtocol() throws Exception {
        try (ServerSocket hang = new ServerSocket(0)) {
            Thread acceptor = new Thread(() -> {
                List<Socket> held = new ArrayList<>();
                while (!hang.isClosed()) {
                    try {
                        held.add(hang.accept());
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            KubernetesClient client = new KubernetesClientBuilder().withConfig(new ConfigBuilder()
                    .withMasterUrl("http://127.0.0.1:" + hang.getLocalPort()).withRequestRetryBackoffLimit(0).build())
                    .build();
            Server server = new Server(SettingsLoader.fromEnvironment(Map.of("K8S_MCP_MAX_CONCURRENT_CALLS", "4",
                    "KUBECTL_TIMEOUT", "20")), client, "hanging", Clock.systemUTC());
            PipedOutputStream toServer = new PipedOutputStream();
            PipedInputStream serverIn = new PipedInputStream(toServer, 1 << 16);
            PipedOutputStream serverOut = new PipedOutputStream();
            PipedInputStream fromServer = new PipedInputStream(serverOut, 1 << 16);
            Thread serving = new Thread(() -> {
                try {
                    server.serveStdio(serverIn, serverOut, Duration.ofSeconds(1));
                } catch (Exception e) {
                    // the pipe closes at the end of the test
                }
            });
            serving.setDaemon(true);
            serving.start();
            BlockingQueue<JsonNode> replies = new LinkedBlockingQueue<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(fromServer, StandardCharsets.UTF_8))) {
                    for (String line; (line = r.readLine()) != null; ) {
                        replies.add(JSON.readTree(line));
                    }
                } catch (Exception e) {
                    // closed
                }
            });
            reader.setDaemon(true);
            reader.start();
            OutputStream out = toServer;
            for (int id = 1; id <= 10; id++) {
                send(out, "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"tools/call\",\"params\":{\"name\":"
                        + "\"kubectl\",\"arguments\":{\"args\":[\"get\",\"pods\"]}}}");
            }
            Thread.sleep(300);
            long start = System.nanoTime();
            send(out, "{\"jsonrpc\":\"2.0\",\"id\":100,\"method\":\"tools/list\"}");
            send(out, "{\"jsonrpc\":\"2.0\",\"id\":101,\"method\":\"tools/call\",\"params\":{\"name\":\"get_config\","
                    + "\"arguments\":{}}}");
            Map<Integer, JsonNode> byId = new HashMap<>();
            while (byId.size() < 8) {
                JsonNode reply = replies.poll(5, TimeUnit.SECONDS);
                assertTrue(reply != null, "answered so far: " + byId.keySet());
                byId.put(reply.path("id").asInt(), reply);
            }
            assertTrue(System.nanoTime() - start < Duration.ofSeconds(3).toNanos());
            assertTrue(byId.containsKey(100) && byId.containsKey(101), byId.keySet().toString());
            int busy = 0;
            for (int id = 1; id <= 10; id++) {
                JsonNode r = byId.get(id);
                if (r != null) {
                    String text = r.toString();
                    assertTrue(text.contains("busy"), text);
                    busy++;
                }
            }
            assertEquals(6, busy, "calls 5 to 10 are refused at once: " + byId.keySet());
            toServer.close();
            client.close();
        }
    }

    private static void send(OutputStream out, String line) throws Exception {
        out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
