package io.krmcp.mcp.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.krmcp.Server;
import io.krmcp.config.SettingsLoader;
import io.krmcp.demo.DemoCluster;

/** Bearer auth and DNS-rebinding protection on /mcp; health endpoints stay open. */
class HttpSecurityTest {

    static final String TOKEN = "t0ken-with-enough-entropy";
    static final String LIST = "{\"jsonrpc\":\"2.0\",\"method\":\"tools/list\",\"id\":1}";
    static DemoCluster cluster;
    static StreamableHttpTransport http;
    static int port;
    static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        cluster = DemoCluster.start(Clock.systemUTC());
        Server server = new Server(SettingsLoader.fromEnvironment(Map.of("K8S_MCP_AUTH_TOKEN", TOKEN,
                "K8S_MCP_ALLOWED_ORIGINS", "https://console.example.com")), cluster.client(), "demo",
                Clock.systemUTC());
        http = server.startHttp("127.0.0.1", 0);
        port = http.port();
    }

    @AfterAll
    static void stop() throws Exception {
        http.stop();
        cluster.close();
    }

    private static HttpResponse<String> post(String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/mcp"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(LIST));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void noTokenIsUnauthorizedWithAChallenge() throws Exception {
        HttpResponse<String> r = post();
        assertEquals(401, r.statusCode());
        assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        assertFalse(r.body().contains(TOKEN));
    }

    @Test
    void wrongTokenIsUnauthorized() throws Exception {
        assertEquals(401, post("Authorization", "Bearer " + TOKEN + "x").statusCode());
        assertEquals(401, post("Authorization", "Basic " + TOKEN).statusCode());
        assertEquals(401, post("Authorization", "Bearer").statusCode());
    }

    @Test
    void rightTokenIsServed() throws Exception {
        HttpResponse<String> r = post("Authorization", "Bearer " + TOKEN);
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("\"kubectl\""));
        assertEquals(200, post("Authorization", "bearer " + TOKEN).statusCode());
    }

    @Test
    void foreignOriginIsRefusedEvenWithTheToken() throws Exception {
        assertEquals(403, post("Authorization", "Bearer " + TOKEN, "Origin", "https://evil.example").statusCode());
        assertEquals(200, post("Authorization", "Bearer " + TOKEN, "Origin", "https://console.example.com")
                .statusCode());
        assertEquals(200, post("Authorization", "Bearer " + TOKEN, "Origin", "http://localhost:3000").statusCode());
    }

    @Test
    void loopbackServerRefusesForeignHostHeaders() {
        OriginFilter filter = new OriginFilter(List.of(), true);
        assertEquals("evil.example", OriginFilter.hostName("evil.example:8000"));
        assertEquals("[::1]", OriginFilter.hostName("[::1]:8000"));
        assertTrue(filter.originAllowed("http://127.0.0.1:8000"));
        assertFalse(filter.originAllowed("http://127.0.0.1.evil.example"));
        assertFalse(filter.originAllowed("null"));
    }

    @Test
    void rebindingHostHeaderIsRefusedOnALoopbackServer() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            String request = "POST /mcp HTTP/1.1\r\nHost: evil.example:" + port + "\r\nAuthorization: Bearer " + TOKEN
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + LIST.length()
                    + "\r\nConnection: close\r\n\r\n" + LIST;
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(response.startsWith("HTTP/1.1 403"), response);
            assertTrue(response.contains("answers only to localhost"), response);
        }
    }

    @Test
    void healthEndpointsNeedNoToken() throws Exception {
        HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
    }
}
