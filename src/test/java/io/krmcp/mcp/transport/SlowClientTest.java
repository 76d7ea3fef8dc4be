package io.krmcp.mcp.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.krmcp.Server;
import io.krmcp.config.SettingsLoader;
import io.krmcp.demo.DemoCluster;

/**
 * Slow senders cannot starve the server: 70 connections from one address trickling their bodies leave
 * {@code /healthz} and other clients' {@code /mcp} calls answering at once, and that address gets no more than
 * {@link StreamableHttpTransport#BODIES_PER_CLIENT} bodies read at a time.
 */
class SlowClientTest {

    static DemoCluster cluster;
    static StreamableHttpTransport http;
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @BeforeAll
    static void start() throws Exception {
        cluster = DemoCluster.start(Clock.systemUTC());
        http = new Server(SettingsLoader.fromEnvironment(Map.of()), cluster.client(), "demo", Clock.systemUTC())
                .startHttp("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() throws Exception {
        http.stop();
        cluster.close();
    }

    @Test
    void tricklingBodiesStarveNothing() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 70; i++) {
                Socket s = new Socket();
                s.bind(new InetSocketAddress("127.0.0.2", 0));
                s.connect(new InetSocketAddress("127.0.0.1", http.port()), 2000);
                s.setSoTimeout(3000);
                OutputStream out = s.getOutputStream();
                out.write(("POST /mcp HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                        + "Accept: application/json, text/event-stream\r\nContent-Length: 200\r\n\r\n{")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                slow.add(s);
            }
            long start = System.nanoTime();
            HttpResponse<String> health = CLIENT.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + http.port() + "/healthz")).timeout(Duration.ofSeconds(3)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode());
            HttpResponse<String> list = CLIENT.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + http.port() + "/mcp")).timeout(Duration.ofSeconds(3))
                    .header("Content-Type", "application/json").header("Accept", "application/json, text/event-stream")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"method\":\"tools/list\","
                            + "\"id\":1}")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, list.statusCode(), list.body());
            assertTrue(list.body().contains("kubectl"), list.body());
            assertTrue(System.nanoTime() - start < Duration.ofSeconds(3).toNanos());
            Thread.sleep(300);
            int refused = 0;
            for (Socket s : slow) {
                InputStream in = s.getInputStream();
                if (in.available() >= 12) {
                    byte[] head = new byte[12];
                    int n = in.readNBytes(head, 0, head.length);
                    if (n == 12 && new String(head, StandardCharsets.US_ASCII).startsWith("HTTP/1.1 429")) {
                        refused++;
                    }
                }
            }
            assertEquals(70 - StreamableHttpTransport.BODIES_PER_CLIENT, refused);
        } finally {
            for (Socket s : slow) {
                s.close();
            }
        }
    }
}
