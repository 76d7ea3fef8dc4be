package io.krmcp.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.modelcontextprotocol.spec.McpSchema;

import io.krmcp.DemoKubectl;
import io.krmcp.audit.AuditLog;
import io.krmcp.audit.Caller;
import io.krmcp.config.SettingsLoader;
import io.krmcp.flow.VerbRegistry;
import io.krmcp.mcp.CallLimiter;
import io.krmcp.mcp.KubectlTool;

/**
 * Attempts to read a Secret's values, from {@code src/test/resources/policy-corpus/redaction/}: each line is an
 * argument list, the environment, {@code no-leak} or the layer that must refuse it, and optionally a {@code !text}
 * the answer must not contain (the name an equality filter would print if it matched). Every answer (text,
 * structured content and the audit line) is searched for each known value, raw, base64 and base64 without padding.
 */
class RedactionCorpusTest {

    static final Path CORPUS = Path.of("src/test/resources/policy-corpus/redaction");
    static final ObjectMapper JSON = new ObjectMapper();
    /** The demo's checkout-db password, and the values of the Secret this test adds. */
    static final List<String> VALUES = List.of("s3cr3t-passw0rd", "tok-9f8e7d6c5b", "api-key-QWERTY12");
    static final String BASE = "KUBECTL_ALLOWED_COMMANDS=get,describe,logs,patch,label,annotate,delete,events;"
            + "K8S_MCP_SECURITY_MODE=permissive";
    static DemoKubectl demo;

    @BeforeAll
    static void start() throws Exception {
        demo = DemoKubectl.start();
        demo.cluster().client().secrets().inNamespace("shop").resource(new SecretBuilder().withNewMetadata()
                .withName("api-token").addToLabels("app", "api")
                .addToAnnotations("kubectl.kubernetes.io/last-applied-configuration",
                        "{\"stringData\":{\"key\":\"" + VALUES.get(2) + "\"}}").endMetadata()
                .addToData("token", b64(VALUES.get(1))).addToStringData("key", VALUES.get(2)).build()).create();
    }

    @AfterAll
    static void stop() {
        demo.close();
    }

    static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    static Stream<Arguments> cases() throws IOException {
        return PolicyCorpusTest.cases(CORPUS);
    }

    @ParameterizedTest(name = "{0}: {1} -> {3}")
    @MethodSource("cases")
    void revealsNoValue(String where, String line, String env, String expected, String excluded) throws Exception {
        Map<String, String> vars = new HashMap<>();
        for (String kv : (env.equals("-") ? BASE : BASE + ";" + env).split(";")) {
            if (!kv.isBlank()) {
                vars.put(kv.substring(0, kv.indexOf('=')).strip(), kv.substring(kv.indexOf('=') + 1));
            }
        }
        List<String> audit = new ArrayList<>();
        KubectlTool tool = new KubectlTool(demo.with(vars), SettingsLoader.fromEnvironment(vars),
                VerbRegistry.standard(JSON), new AuditLog(audit::add), new CallLimiter(2));
        List<String> args = Stream.of(line.split(" ")).map(a -> a.replace("\\_", " ")).toList();
        McpSchema.CallToolResult result = tool.call(Map.of("args", args), Caller.of("stdio"));
        String everything = result.content() + "\n" + JSON.writeValueAsString(result.structuredContent()) + "\n"
                + audit;
        for (String value : VALUES) {
            for (String form : List.of(value, b64(value), b64(value).replace("=", ""))) {
                if (line.contains(form)) {
                    continue; // a guess the caller typed: what matters is what the answer does with it
                }
                assertFalse(everything.contains(form), () -> where + " reveals " + form + ":\n" + everything);
            }
        }
        if (!excluded.isEmpty()) {
            String text = excluded.substring(1);
            assertFalse(result.content().toString().contains(text), () -> where + " answers " + text);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> structured = (Map<String, Object>) result.structuredContent();
        if (expected.equals("no-leak")) {
            assertTrue(structured.get("denied") == null, () -> where + " was denied: " + structured.get("stderr"));
        } else {
            assertEquals(true, structured.get("denied"), () -> where + " ran: " + structured);
            assertTrue(audit.get(0).contains("\"layer\":\"" + expected + "\""), () -> where + ": " + audit);
        }
    }
}
