package io.krmcp.mcp.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.krmcp.Server;
import io.krmcp.config.SettingsLoader;
import io.krmcp.demo.DemoCluster;

/**
 * Two replicas behind one address serve a HolmesGPT-style load (a new connection, initialize and a call, every time)
 * with no error while one of them is stopped and started again. The address is a small proxy that, like a Service,
 * routes only to replicas whose {@code /readyz} answers; a stopping replica fails readiness first and keeps serving
 * for its drain delay, so nothing is routed to a closed port.
 */
class TwoReplicaFailoverTest {

    static final int CALLS = 240;
    static final String INITIALIZE = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":"
            + "{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"holmes\",\"version\":\"1\"}}}";
    static final String CALL = "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"kubectl\","
            + "\"arguments\":{\"args\":[\"get\",\"pods\",\"-A\"]}}}";

    @Test
    void oneReplicaRestartsUnderLoadWithNoError() throws Exception {
        try (DemoCluster cluster = DemoCluster.start(Clock.systemUTC());
             ReadinessProxy proxy = new ReadinessProxy()) {
            StreamableHttpTransport a = replica(cluster, 0);
            StreamableHttpTransport b = replica(cluster, 0);
            int portA = a.port();
            proxy.backends.addAll(List.of(portA, b.port()));
            proxy.start();
            awaitReady(proxy, 2);
            List<String> errors = new CopyOnWriteArrayList<>();
            AtomicInteger done = new AtomicInteger();
            ExecutorService load = Executors.newFixedThreadPool(4);
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < CALLS; i++) {
                calls.add(load.submit(() -> {
                    try {
                        holmesCall(proxy.port());
                    } catch (Exception e) {
                        errors.add(e.toString());
                    }
                    done.incrementAndGet();
                }));
            }
            while (done.get() < CALLS / 4) {
                Thread.sleep(10);
            }
            a.stop(); // fails readiness, drains for a second, then closes
            assertTrue(done.get() < CALLS, "the load was still running when the replica stopped");
            StreamableHttpTransport again = replica(cluster, portA);
            for (Future<?> f : calls) {
                f.get(60, TimeUnit.SECONDS);
            }
            load.shutdown();
            assertEquals(List.of(), errors);
            assertTrue(proxy.routed.get(portA) > 0 && proxy.routed.get(b.port()) > 0, proxy.routed.toString());
            again.stop();
            b.stop();
        }
    }

    static StreamableHttpTransport replica(DemoCluster cluster, int port) throws Exception {
        StreamableHttpTransport http = new Server(SettingsLoader.fromEnvironment(Map.of()), cluster.client(), "demo",
                Clock.systemUTC()).startHttp("127.0.0.1", port);
        http.drainDelay(Duration.ofSeconds(1));
        return http;
    }

    static void holmesCall(int port) throws Exception {
        // HolmesGPT opens a new session for every call: here a new client, so a new connection, each time
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        for (String body : List.of(INITIALIZE, CALL)) {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/mcp"))
                    .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                    .header("Accept", "application/json, text/event-stream")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200 || r.body().contains("\"isError\":true")) {
                throw new IllegalStateException("HTTP " + r.statusCode() + ": " + r.body());
            }
        }
    }

    static void awaitReady(ReadinessProxy proxy, int count) throws InterruptedException {
        for (int i = 0; i < 100 && proxy.ready.size() < count; i++) {
            Thread.sleep(50);
        }
    }

    /** A Service in miniature: round robin over the backends whose /readyz answers 200, polled every 100 ms. */
    static final class ReadinessProxy implements AutoCloseable {
        final List<Integer> backends = new CopyOnWriteArrayList<>();
        final Set<Integer> ready = ConcurrentHashMap.newKeySet();
        final Map<Integer, Integer> routed = new ConcurrentHashMap<>();
        private final ServerSocket socket;
        private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "proxy");
            t.setDaemon(true);
            return t;
        });
        private final HttpClient probe = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(300)).build();
        private final AtomicInteger next = new AtomicInteger();
        private volatile boolean running = true;

        ReadinessProxy() throws IOException {
            socket = new ServerSocket();
            socket.bind(new InetSocketAddress("127.0.0.1", 0));
        }

        int port() {
            return socket.getLocalPort();
        }

        void start() {
            threads.submit(() -> {
                while (running) {
                    for (int port : backends) {
                        try {
                            HttpResponse<Void> r = probe.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                                    + port + "/readyz")).timeout(Duration.ofMillis(300)).build(),
                                    HttpResponse.BodyHandlers.discarding());
                            if (r.statusCode() == 200) {
                                ready.add(port);
                            } else {
                                ready.remove(port);
                            }
                        } catch (Exception e) {
                            ready.remove(port);
                        }
                    }
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            threads.submit(() -> {
                while (running) {
                    try {
                        Socket client = socket.accept();
                        threads.submit(() -> forward(client));
                    } catch (IOException e) {
                        return;
                    }
                }
            });
        }

        private void forward(Socket client) {
            List<Integer> live = new ArrayList<>(ready);
            if (live.isEmpty()) {
                close(client);
                return;
            }
            int port = live.get(Math.floorMod(next.getAndIncrement(), live.size()));
            try {
                Socket upstream = new Socket("127.0.0.1", port);
                routed.merge(port, 1, Integer::sum);
                threads.submit(() -> pipe(client, upstream));
                pipe(upstream, client);
            } catch (IOException e) {
                close(client);
            }
        }

        private static void pipe(Socket from, Socket to) {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException e) {
                // the other side closed
            } finally {
                close(from);
                close(to);
            }
        }

        private static void close(Socket s) {
            try {
                s.close();
            } catch (IOException e) {
                // closing
            }
        }

        @Override
        public void close() throws IOException {
            running = false;
            socket.close();
            threads.shutdownNow();
        }
    }
}
