package io.krmcp.verbs.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.fabric8.kubernetes.client.server.mock.ErrorStreamMessage;
import io.fabric8.kubernetes.client.server.mock.OutputStreamMessage;
import io.fabric8.kubernetes.client.server.mock.StatusStreamMessage;
import io.fabric8.mockwebserver.internal.WebSocketMessage;

import io.krmcp.DemoKubectl;
import io.krmcp.MockApi;
import io.krmcp.audit.CommandOutcome;

/** {@code exec} over the mock's WebSockets: output, exit codes, the command allowlist and the deadline. */
class ExecVerbTest {

    @RegisterExtension
    final MockApi api = new MockApi();

    static final String POD = """
            {"kind":"Pod","metadata":{"name":"web","namespace":"shop"},"spec":{"containers":[{"name":"app"},
             {"name":"sidecar"}]},"status":{"phase":"Running"}}""";

    CommandOutcome exec(Map<String, String> extra, String... args) {
        Map<String, String> env = new HashMap<>(Map.of("KUBECTL_ALLOWED_COMMANDS", "exec",
                "K8S_MCP_SECURITY_MODE", "permissive", "KUBECTL_ALLOWED_EXEC_COMMANDS", "ps,ls,df"));
        env.putAll(extra);
        return api.runner(Clock.systemUTC(), env).run(List.of(args));
    }

    /** A stdout frame sent after a delay (the mock's own messages all go at once, then it closes). */
    static WebSocketMessage stdoutLater(String text, long delayMillis) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] framed = new byte[body.length + 1];
        framed[0] = 1;
        System.arraycopy(body, 0, framed, 1, body.length);
        return new WebSocketMessage(delayMillis, framed, true, true);
    }

    void podExists() {
        api.expect().get().withPath("/api/v1/namespaces/shop/pods/web").andReturn(200, POD).always();
        // fabric8 looks the pod up once more before it opens the stream
        api.expect().get().withPath("/api/v1/namespaces/shop/pods?fieldSelector=metadata.name%3Dweb")
                .andReturn(200, "{\"kind\":\"PodList\",\"metadata\":{\"resourceVersion\":\"1\"},\"items\":[" + POD
                        + "]}").always();
    }

    @Test
    void runsTheCommandAndReturnsItsOutput() {
        podExists();
        api.expect().withPath("/api/v1/namespaces/shop/pods/web/exec?command=ls&command=-l&command=%2Ftmp"
                        + "&container=app&stdout=true&stderr=true")
                .andUpgradeToWebSocket().open(new OutputStreamMessage("total 0\n"), new StatusStreamMessage(0))
                .done().once();
        CommandOutcome o = exec(Map.of(), "exec", "web", "-n", "shop", "--", "ls", "-l", "/tmp");
        assertEquals(0, o.returnCode(), o.stderr());
        assertEquals("total 0\n", o.stdout());
        assertEquals("Defaulted container \"app\" out of: app, sidecar\n", o.stderr());
    }

    @Test
    void aFailingCommandReportsItsExitCodeAsKubectl() {
        podExists();
        api.expect().withPath("/api/v1/namespaces/shop/pods/web/exec?command=ls&command=%2Fnope"
                        + "&container=sidecar&stdout=true&stderr=true")
                .andUpgradeToWebSocket().open(new ErrorStreamMessage("ls: /nope: No such file or directory\n"),
                        new StatusStreamMessage(2))
                .done().once();
        CommandOutcome o = exec(Map.of(), "exec", "web", "-n", "shop", "-c", "sidecar", "--", "ls", "/nope");
        assertEquals(2, o.returnCode());
        assertEquals("ls: /nope: No such file or directory\ncommand terminated with exit code 2\n", o.stderr());
    }

    @Test
    void onlyAllowedFirstWordsRunAndEmptyMeansDisabled() {
        CommandOutcome rm = exec(Map.of(), "exec", "web", "-n", "shop", "--", "rm", "-rf", "/data");
        assertEquals("denied: command 'rm' is not allowed in exec (allowed: ps, ls, df)\n", rm.stderr());
        CommandOutcome path = exec(Map.of(), "exec", "web", "-n", "shop", "--", "/bin/ls");
        assertTrue(path.stderr().contains("command '/bin/ls' is not allowed"), path.stderr());
        CommandOutcome disabled = exec(Map.of("KUBECTL_ALLOWED_EXEC_COMMANDS", ""), "exec", "web", "--", "ls");
        assertTrue(disabled.stderr().startsWith("denied: exec is disabled: KUBECTL_ALLOWED_EXEC_COMMANDS is empty"),
                disabled.stderr());
        assertEquals(0, api.server().getRequestCount(), "refusals reach nothing");
    }

    @Test
    void interactiveFormsAndTheOldSyntaxAreRefused() {
        CommandOutcome tty = exec(Map.of(), "exec", "-it", "web", "--", "ls");
        assertTrue(tty.stderr().contains("-i/--stdin and -t/--tty are not available"), tty.stderr());
        CommandOutcome old = exec(Map.of(), "exec", "web", "ls");
        assertTrue(old.stderr().contains("Use exec [POD] -- [COMMAND] instead"), old.stderr());
    }

    @Test
    void aCommandThatNeverEndsIsCutAtTheDeadline() {
        podExists();
        api.expect().withPath("/api/v1/namespaces/shop/pods/web/exec?command=ps&container=app&stdout=true"
                        + "&stderr=true")
                .andUpgradeToWebSocket().open(new OutputStreamMessage("PID CMD\n"), stdoutLater("never\n", 3_000))
                .done().once();
        long start = System.nanoTime();
        CommandOutcome o = exec(Map.of("KUBECTL_TIMEOUT", "2"), "exec", "web", "-n", "shop", "-q", "--", "ps");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 3_500, "took " + millis + " ms");
        assertEquals(1, o.returnCode());
        assertEquals("PID CMD\n", o.stdout());
        assertTrue(o.stderr().startsWith("error: timed out after 2 seconds (KUBECTL_TIMEOUT)"), o.stderr());
    }

    @Test
    void aWorkloadAddressesItsMostActivePod() {
        api.expect().get().withPath("/apis/apps/v1/namespaces/shop/deployments/web").andReturn(200, """
                {"kind":"Deployment","metadata":{"name":"web","namespace":"shop"},
                 "spec":{"selector":{"matchLabels":{"app":"web"}}}}""").always();
        String pending = "{\"metadata\":{\"name\":\"web-b\",\"namespace\":\"shop\"},\"spec\":{\"containers\":"
                + "[{\"name\":\"app\"}]},\"status\":{\"phase\":\"Pending\"}}";
        String running = POD.replace("\"web\"", "\"web-a\"").replace("\"containers\"", "\"nodeName\":\"n1\","
                + "\"containers\"");
        api.expect().get().withPath("/api/v1/namespaces/shop/pods?labelSelector=app%3Dweb").andReturn(200,
                "{\"kind\":\"PodList\",\"items\":[" + pending + "," + running + "]}").always();
        api.expect().get().withPath("/api/v1/namespaces/shop/pods/web-a").andReturn(200, running).always();
        api.expect().get().withPath("/api/v1/namespaces/shop/pods?fieldSelector=metadata.name%3Dweb-a")
                .andReturn(200, "{\"kind\":\"PodList\",\"metadata\":{\"resourceVersion\":\"1\"},\"items\":["
                        + running + "]}").always();
        api.expect().withPath("/api/v1/namespaces/shop/pods/web-a/exec?command=ps&container=app&stdout=true"
                        + "&stderr=true")
                .andUpgradeToWebSocket().open(new OutputStreamMessage("PID\n"), new StatusStreamMessage(0)).done()
                .once();
        CommandOutcome o = exec(Map.of(), "exec", "deploy/web", "-n", "shop", "--", "ps");
        assertEquals("PID\n", o.stdout(), o.stderr());
    }

    @Test
    void theDemoAnswersDiagnosticCommandsAndRefusesAStoppedContainer() throws Exception {
        try (DemoKubectl demo = DemoKubectl.start()) {
            var kubectl = demo.with(Map.of("KUBECTL_ALLOWED_COMMANDS", "exec", "K8S_MCP_SECURITY_MODE", "permissive",
                    "KUBECTL_ALLOWED_EXEC_COMMANDS", "hostname,cat,ls"));
            CommandOutcome host = kubectl.run(List.of("exec", "deploy/frontend", "-n", "shop", "--",
                    "hostname"));
            assertTrue(host.stdout().matches("frontend-7d4b9c8f6-\\w+\n"), host.stdout() + host.stderr());
            CommandOutcome missing = kubectl.run(List.of("exec", "cart-5f6d7c9b8-kx2lp", "-n", "shop",
                    "--", "cat", "/nope"));
            assertEquals(1, missing.returnCode());
            assertTrue(missing.stderr().endsWith("command terminated with exit code 1\n"), missing.stderr());
            CommandOutcome crashing = kubectl.run(List.of("exec", "checkout-6c8d9f7b5-q8wzt", "-n", "shop",
                    "--", "ls"));
            assertEquals("error: unable to upgrade connection: the server answered 400 (is the container running?)\n",
                    crashing.stderr());
        }
    }
}
