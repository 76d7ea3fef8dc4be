package io.krmcp.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.krmcp.DemoKubectl;
import io.krmcp.config.SettingsLoader;
import io.krmcp.flow.VerbRegistry;
import io.krmcp.mcp.CallLimiter;
import io.krmcp.mcp.KubectlTool;

/**
 * The audit line is built from what the parser understood, so no arrangement of the arguments gets a data value
 * (a patch body, an {@code --env} value) into it: the shapes an outside test found, then thousands of seeded
 * shuffles, checked in the audit lines and in everything the server logged meanwhile.
 */
class AuditedCommandTest {

    static final String SECRET = "hunter2Zq";
    static final String BODY = "{\"data\":{\"password\":\"" + SECRET + "\"}}";
    static final String ENV = "PASSWORD=" + SECRET;
    static final Map<String, String> ENVIRONMENT = Map.of("KUBECTL_ALLOWED_COMMANDS", "get,patch,run,exec,logs",
            "KUBECTL_ALLOWED_IMAGES", "busybox", "K8S_MCP_SECURITY_MODE", "permissive",
            "KUBECTL_ALLOWED_EXEC_COMMANDS", "ls", "KUBECTL_TIMEOUT", "2");
    static final ObjectMapper JSON = new ObjectMapper();

    static DemoKubectl demo;
    static KubectlTool tool;
    static final List<String> lines = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        demo = DemoKubectl.start();
        tool = new KubectlTool(demo.with(ENVIRONMENT), SettingsLoader.fromEnvironment(ENVIRONMENT),
                VerbRegistry.standard(JSON), new AuditLog(lines::add), new CallLimiter(2));
    }

    @AfterAll
    static void stop() {
        demo.close();
    }

    static String audited(String... args) {
        lines.clear();
        tool.call(Map.of("args", List.of(args)), Caller.of("stdio"));
        assertEquals(1, lines.size(), lines.toString());
        return lines.get(0);
    }

    @Test
    void aGlobalFlagWhoseValueLooksLikeAVerbDoesNotConfuseIt() {
        String line = audited("--request-timeout", "get", "patch", "secret", "x", "-p", BODY);
        assertFalse(line.contains(SECRET), line);
        assertTrue(line.contains("kubectl --request-timeout get patch secret x -p <"), line);
    }

    @Test
    void bodiesInOddPlacesAreMasked() {
        for (List<String> args : List.of(
                List.of("patch", "secret", "x", "-o", "-p", BODY),
                List.of("patch", "secret", "x", "--", "-p", BODY),
                List.of("-p", BODY, "patch", "secret", "x"),
                List.of("run", "x", "--image=busybox", "-o", "--env", ENV),
                List.of("run", "x", "--image=busybox", "--", "--env", ENV),
                List.of("--env", ENV, "run", "x", "--image=busybox"),
                List.of("run", "x", "--image=busybox", "-l", "--env=" + ENV),
                List.of("get", "pods", BODY),
                List.of(BODY))) {
            String line = audited(args.toArray(String[]::new));
            assertFalse(line.contains(SECRET), () -> args + " -> " + line);
        }
    }

    @Test
    void aCommandThatDoesNotParseKeepsOnlyItsFirstWordAndCount() {
        String line = audited("patch", "--no-such-flag", BODY);
        assertTrue(line.contains("\"command\":\"kubectl patch [not parsed: 3 arguments not recorded]\""), line);
    }

    @Test
    void harmlessArgumentsStayReadable() {
        String line = audited("logs", "-p", "web-1", "-n", "shop", "--tail=20");
        assertTrue(line.contains("\"command\":\"kubectl logs -p web-1 -n shop --tail=20\""), line);
        String exec = audited("exec", "web-1", "-n", "shop", "--", "ls", "-la", "/tmp");
        assertTrue(exec.contains("-- ls -la /tmp"), exec);
    }

    /** Global flags, verbs and data flags in thousands of seeded orders; none may put a value in any log line. */
    @Test
    void noShuffleGetsADataValueIntoTheAuditOrTheLog() {
        List<List<String>> data = List.of(List.of("-p", BODY), List.of("--patch=" + BODY), List.of("-p" + BODY),
                List.of("-p=" + BODY), List.of("--patch", BODY), List.of("--env", ENV), List.of("--env=" + ENV));
        List<List<String>> others = List.of(List.of("-n", "shop"), List.of("--namespace=shop"),
                List.of("--request-timeout", "5s"), List.of("--request-timeout"), List.of("-o"), List.of("-l"),
                List.of("--type"), List.of("--"), List.of("-n"), List.of("--image=busybox"), List.of("secret"),
                List.of("x"), List.of("--dry-run=server"), List.of("-c"));
        List<String> verbs = List.of("patch", "run", "get", "logs", "exec");
        Random random = new Random(20261201L);
        PrintStream err = System.err;
        ByteArrayOutputStream logged = new ByteArrayOutputStream();
        int checked = 0;
        try {
            System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
            for (int round = 0; round < 3000; round++) {
                List<List<String>> pieces = new ArrayList<>();
                pieces.add(List.of(verbs.get(random.nextInt(verbs.size()))));
                for (int k = random.nextInt(4); k >= 0; k--) {
                    pieces.add(others.get(random.nextInt(others.size())));
                }
                for (int k = random.nextInt(2); k >= 0; k--) {
                    pieces.add(data.get(random.nextInt(data.size())));
                }
                Collections.shuffle(pieces, random);
                List<String> args = pieces.stream().flatMap(List::stream).toList();
                lines.clear();
                tool.call(Map.of("args", args), Caller.of("stdio"));
                for (String line : lines) {
                    assertFalse(line.contains(SECRET), () -> args + " -> " + line);
                }
                checked++;
            }
        } finally {
            System.setErr(err);
        }
        assertEquals(3000, checked);
        String log = logged.toString(StandardCharsets.UTF_8);
        assertFalse(log.contains(SECRET), log.length() > 2000 ? log.substring(0, 2000) : log);
    }
}
