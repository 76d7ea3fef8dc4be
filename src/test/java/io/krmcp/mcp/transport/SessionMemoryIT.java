package io.krmcp.mcp.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.krmcp.Server;
import io.krmcp.config.SettingsLoader;
import io.krmcp.demo.DemoCluster;

/**
 * HolmesGPT opens a session for every call and never closes it. The server is stateless: 10,000 such clients
 * (initialize, then a call, each under its own client-made session id) leave the heap where it was.
 */
class SessionMemoryIT {

    static final int CLIENTS = 10_000;

    static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    @Test
    void tenThousandUnclosedSessionsKeepMemoryFlat() throws Exception {
        try (DemoCluster cluster = DemoCluster.start(Clock.systemUTC())) {
            Server server = new Server(SettingsLoader.fromEnvironment(Map.of()), cluster.client(), "demo",
                    Clock.systemUTC());
            StreamableHttpTransport http = server.startHttp("127.0.0.1", 0);
            URI mcp = URI.create("http://127.0.0.1:" + http.port() + "/mcp");
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            AtomicInteger sessionHeaders = new AtomicInteger();
            try {
                Runnable oneClient = () -> {
                    String session = UUID.randomUUID().toString();
                    for (String body : List.of("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":"
                                    + "{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":"
                                    + "{\"name\":\"holmes\",\"version\":\"1\"}}}",
                            "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}")) {
                        try {
                            HttpRequest request = HttpRequest.newBuilder(mcp)
                                    .header("Content-Type", "application/json")
                                    .header("Accept", "application/json, text/event-stream")
                                    .header("Mcp-Session-Id", session)
                                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                            HttpResponse<String> r;
                            try {
                                r = client.send(request, HttpResponse.BodyHandlers.ofString());
                            } catch (IOException raced) {
                                // the JDK client can reuse a keep-alive connection just as it closes (about once in
                                // 20,000 requests here); this test measures memory, so such a request is sent again
                                r = client.send(request, HttpResponse.BodyHandlers.ofString());
                            }
                            if (r.statusCode() != 200) {
                                throw new IllegalStateException("HTTP " + r.statusCode() + ": " + r.body());
                            }
                            if (r.headers().firstValue("Mcp-Session-Id").isPresent()) {
                                sessionHeaders.incrementAndGet();
                            }
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }
                };
                for (int i = 0; i < 200; i++) {
                    oneClient.run(); // warm up: classes, pools and caches reach their steady size first
                }
                long before = usedHeapAfterGc();
                ExecutorService pool = Executors.newFixedThreadPool(4);
                List<Future<?>> done = new ArrayList<>();
                for (int i = 0; i < CLIENTS; i++) {
                    done.add(pool.submit(oneClient));
                }
                for (Future<?> f : done) {
                    f.get();
                }
                pool.shutdown();
                long after = usedHeapAfterGc();
                long grownKb = (after - before) / 1024;
                System.err.printf("heap after %d sessions: %+d KiB (%d -> %d bytes)%n", CLIENTS, grownKb, before,
                        after);
                assertEquals(0, sessionHeaders.get(), "the stateless server issues no session to keep");
                assertTrue(grownKb < 8 * 1024, "heap grew by " + grownKb + " KiB after " + CLIENTS + " sessions");
            } finally {
                http.stop();
            }
        }
    }
}
