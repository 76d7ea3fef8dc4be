package io.krmcp.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;

import io.krmcp.MockApi;
import io.krmcp.TestRunners;
import io.krmcp.audit.CommandOutcome;
import io.krmcp.flow.CommandRunner;

/**
 * An API server that is down, hangs, drops the connection mid-answer or refuses: every call ends inside
 * KUBECTL_TIMEOUT with a clear result in kubectl's words, and other calls keep being served.
 */
class ApiFaultsTest {

    static final String PODS_TEST = "/api/v1/namespaces/test/pods?includeObject=None&limit=500";

    @RegisterExtension
    final MockApi api = new MockApi();

    static CommandRunner runner(KubernetesClient client, String timeoutSeconds) {
        return TestRunners.runner(client, Clock.systemUTC(), Map.of("KUBECTL_TIMEOUT", timeoutSeconds));
    }

    static KubernetesClient clientFor(int port) {
        return new KubernetesClientBuilder().withConfig(new ConfigBuilder().withMasterUrl("http://127.0.0.1:" + port)
                .withRequestRetryBackoffLimit(0).build()).build();
    }

    /** A raw socket "API server" whose behaviour per connection the test decides. */
    static ServerSocket rawServer(Consumer<Socket> onConnection) throws IOException {
        ServerSocket socket = new ServerSocket(0);
        Thread t = new Thread(() -> {
            while (!socket.isClosed()) {
                try {
                    Socket c = socket.accept();
                    Thread handler = new Thread(() -> onConnection.accept(c));
                    handler.setDaemon(true);
                    handler.start();
                } catch (IOException e) {
                    return;
                }
            }
        });
        t.setDaemon(true);
        t.start();
        return socket;
    }

    static void readRequest(Socket c) throws IOException {
        InputStream in = c.getInputStream();
        byte[] buffer = new byte[8192];
        in.read(buffer);
    }

    static void assertNoJavaInternals(CommandOutcome o) {
        String all = o.stdout() + o.stderr() + o.error().orElse("");
        assertFalse(all.contains("Exception") || all.contains("\tat ") || all.contains("java."), all);
    }

    @Test
    void unreachableIsWordedAsKubectlWordsIt() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        try (KubernetesClient down = clientFor(port)) {
            CommandOutcome o = TestRunners.run(runner(down, "5"), "get pods");
            assertEquals(1, o.returnCode());
            assertEquals("The connection to the server 127.0.0.1:" + port
                    + " was refused - did you specify the right host or port?", o.error().orElse(""));
        }
    }

    /**
     * A client that can no longer send says in the call's own answer that the server must be restarted, not
     * "internal error". Closing it is how a test gets one; in service it happens when an OutOfMemoryError ends one of
     * its Vert.x event loops (seen on the real API server: every later request on that loop was rejected).
     */
    @Test
    void aClientThatCannotSendAnyMoreSaysTheServerMustBeRestarted() throws Exception {
        try (ServerSocket idle = new ServerSocket(0)) {
            KubernetesClient closed = clientFor(idle.getLocalPort());
            CommandRunner kubectl = runner(closed, "5");
            closed.close();
            CommandOutcome o = TestRunners.run(kubectl, "get pods");
            assertEquals(1, o.returnCode());
            assertEquals(RESTART, o.error().orElse(""));
        }
    }

    static final String RESTART = "error: this server's connection to the API server is broken (it cannot send "
            + "requests any more, most likely since the server ran out of memory); the server must be restarted";

    @Test
    void aHangingServerEndsTheCallAtTheDeadline() throws Exception {
        try (ServerSocket hang = rawServer(c -> {
            try {
                readRequest(c);
                Thread.sleep(30_000);
            } catch (IOException | InterruptedException ignored) {
                // the test is over
            }
        }); KubernetesClient slow = clientFor(hang.getLocalPort())) {
            long start = System.nanoTime();
            CommandOutcome o = TestRunners.run(runner(slow, "2"), "get pods");
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertEquals("timed out after 2 seconds", o.error().orElse(""));
            assertTrue(ms >= 1_900 && ms < 3_500, "took " + ms + " ms");
            assertNoJavaInternals(o);
        }
    }

    @Test
    void aConnectionDroppedMidListIsAClearError() throws Exception {
        try (ServerSocket drop = rawServer(c -> {
            try (c) {
                readRequest(c);
                OutputStream out = c.getOutputStream();
                out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n"
                        + "{\"kind\":\"PodList\",\"apiVersion\":\"v1\",\"items\":[{\"metadata\":{\"name\":\"a\"")
                        .getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException ignored) {
                // closed: that is the point
            }
        }); KubernetesClient flaky = clientFor(drop.getLocalPort())) {
            long start = System.nanoTime();
            CommandOutcome o = TestRunners.run(runner(flaky, "5"), "get pods");
            assertEquals(1, o.returnCode());
            assertTrue(o.error().orElse("").startsWith("Unable to connect to the server: ")
                    || o.error().orElse("").startsWith("error: the server returned"), o.error().orElse(""));
            assertTrue((System.nanoTime() - start) / 1_000_000 < 5_000);
            assertNoJavaInternals(o);
        }
    }

    /** The mock's client with retries off, as the server configures its own (ClusterConnection). */
    KubernetesClient noRetries() {
        return new KubernetesClientBuilder().withConfig(new ConfigBuilder(api.client().getConfiguration())
                .withRequestRetryBackoffLimit(0).build()).build();
    }

    @Test
    void serverRefusalsAreKubectlsErrorsFromServer() {
        KubernetesClient client = noRetries();
        api.expect().get().withPath(PODS_TEST).andReturn(500, """
                {"kind":"Status","apiVersion":"v1","status":"Failure","message":"etcdserver: request timed out",\
                "reason":"InternalError","code":500}""").once();
        assertEquals("Error from server (InternalError): etcdserver: request timed out",
                TestRunners.run(runner(client, "5"), "get pods -n test").error().orElse(""));
        api.expect().get().withPath(PODS_TEST).andReturn(503, "").once();
        assertEquals("Error from server (ServiceUnavailable): the server responded with the status code 503 but did "
                + "not return more information", TestRunners.run(runner(client, "5"), "get pods -n test").error()
                .orElse(""));
        api.expect().get().withPath(PODS_TEST).andReturn(429, """
                {"kind":"Status","apiVersion":"v1","status":"Failure","message":"too many requests, please try again \
                later","reason":"TooManyRequests","code":429}""").once();
        assertEquals("Error from server (TooManyRequests): too many requests, please try again later",
                TestRunners.run(runner(client, "5"), "get pods -n test").error().orElse(""));
        api.expect().get().withPath(PODS_TEST).andReturn(401, "").once();
        assertEquals("error: You must be logged in to the server (Unauthorized)",
                TestRunners.run(runner(client, "5"), "get pods -n test").error().orElse(""));
        api.expect().get().withPath(PODS_TEST).andReturn(403, """
                {"kind":"Status","apiVersion":"v1","status":"Failure","message":"pods is forbidden: User \
                \\"system:serviceaccount:holmes:krmcp\\" cannot list resource \\"pods\\" in API group \\"\\" in the \
                namespace \\"test\\"","reason":"Forbidden","code":403}""").once();
        assertTrue(TestRunners.run(runner(client, "5"), "get pods -n test").error().orElse("")
                .startsWith("Error from server (Forbidden): pods is forbidden: User \"system:serviceaccount:holmes"));
    }

    @Test
    void aSlowCallDoesNotHoldUpTheOthers() throws Exception {
        api.expect().get().delay(20, TimeUnit.SECONDS).withPath("/api/v1/namespaces/slow/pods?includeObject=None&limit=500")
                .andReturn(200, "{\"kind\":\"PodList\",\"items\":[]}").always();
        api.expect().get().withPath("/api/v1/namespaces/fast/pods?includeObject=None&limit=500")
                .andReturn(200, "{\"kind\":\"PodList\",\"apiVersion\":\"v1\",\"items\":[]}").always();
        CommandRunner kubectl = runner(api.client(), "4");
        CompletableFuture<CommandOutcome> slow = CompletableFuture.supplyAsync(() -> TestRunners.run(kubectl,
                "get pods -n slow"));
        Thread.sleep(300);
        long start = System.nanoTime();
        CommandOutcome fast = TestRunners.run(kubectl, "get pods -n fast");
        assertTrue((System.nanoTime() - start) / 1_000_000 < 1_500);
        assertEquals(List.of("No resources found in fast namespace."), fast.stderr().lines().toList());
        assertEquals("timed out after 4 seconds", slow.get(6, TimeUnit.SECONDS).error().orElse(""));
    }
}
