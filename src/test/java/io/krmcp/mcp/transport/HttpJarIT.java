package io.krmcp.mcp.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The packaged jar over HTTP, as the chart runs it: SIGTERM with a call in flight. */
class HttpJarIT {

    static final String JAR = System.getProperty("krmcp.jar", "target/kubernetes-remediation-mcp.jar");
    static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @Test
    void sigtermLetsTheCallInFlightFinishThenExitsZero() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(List.of(JAVA, "-jar", JAR, "--demo", "--transport", "http", "--port",
                "0"));
        pb.environment().put("KUBECTL_ALLOWED_COMMANDS", "get,rollout");
        pb.environment().put("KUBECTL_TIMEOUT", "5");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        int port = -1;
        BufferedReader log = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        Pattern serving = Pattern.compile("serving MCP on http://[^:]+:(\\d+)/mcp");
        for (String line; port < 0 && (line = log.readLine()) != null; ) {
            Matcher m = serving.matcher(line);
            if (m.find()) {
                port = Integer.parseInt(m.group(1));
            }
        }
        assertTrue(port > 0, "the server said where it listens");
        Thread drain = new Thread(() -> log.lines().forEach(l -> { }));
        drain.setDaemon(true);
        drain.start();

        HttpClient http = HttpClient.newHttpClient();
        // rollout status on the crash-looping deployment waits until the call's deadline (5 s).
        HttpRequest call = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/mcp"))
                .header("Content-Type", "application/json").header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\","
                        + "\"params\":{\"name\":\"kubectl\",\"arguments\":{\"args\":[\"rollout\",\"status\","
                        + "\"deploy/checkout\",\"-n\",\"shop\"]}}}"))
                .timeout(Duration.ofSeconds(20)).build();
        CompletableFuture<HttpResponse<String>> inFlight = http.sendAsync(call, HttpResponse.BodyHandlers.ofString());
        Thread.sleep(1_500);
        long signalled = System.nanoTime();
        p.destroy(); // SIGTERM
        HttpResponse<String> answer = inFlight.get(20, TimeUnit.SECONDS);
        assertEquals(200, answer.statusCode());
        assertTrue(answer.body().contains("timed out after 5 seconds"), answer.body());
        assertTrue(p.waitFor(20, TimeUnit.SECONDS), "the process exits after the call");
        assertEquals(0, p.exitValue());
        long ms = (System.nanoTime() - signalled) / 1_000_000;
        assertTrue(ms < 10_000, "shut down in " + ms + " ms");
    }
}
