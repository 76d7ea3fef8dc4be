package io.krmcp.realapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;

import io.krmcp.TestRunners;
import io.krmcp.audit.CommandOutcome;
import io.krmcp.flow.CommandRunner;

/**
 * The outside security test's findings, replayed on a real kube-apiserver: its Tables, its dry runs and its error
 * texts are what leaked, and no mock reproduces them. Then every read and dry-run shape is run twice, with the Secret
 * values changed in between (same lengths): the answers must not contain a value, and must not change.
 */
class SecretsOnRealApiServerTest {

    @RegisterExtension
    static final RealApiServer API = new RealApiServer();

    static final String NS = "vault";
    static final Map<String, String> VALUES = new LinkedHashMap<>(Map.of(
            "a-db", "alpha-password-1", "db-creds", "hunter2-secret-9", "z-db", "omega-password-7"));
    static final Clock CLOCK = Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC);
    static CommandRunner kubectl;

    @BeforeAll
    static void objects() {
        KubernetesClient client = API.client();
        client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(NS).endMetadata().build())
                .create();
        VALUES.forEach((name, value) -> client.secrets().inNamespace(NS).resource(new SecretBuilder()
                .withNewMetadata().withName(name).addToLabels("app", "shop")
                .addToAnnotations("kubectl.kubernetes.io/last-applied-configuration",
                        "{\"stringData\":{\"password\":\"" + value + "\"}}").endMetadata()
                .addToData("password", b64(value)).addToStringData("token", value + "-t").build()).create());
        client.configMaps().inNamespace(NS).resource(new ConfigMapBuilder().withNewMetadata().withName("big")
                .endMetadata().addToData("blob", "x".repeat(600_000)).build()).create();
        kubectl = TestRunners.runner(client, CLOCK, Map.of("KUBECTL_ALLOWED_COMMANDS",
                "get,describe,patch,label,annotate,delete", "K8S_MCP_SECURITY_MODE", "permissive",
                "KUBECTL_MAX_OUTPUT_BYTES", "4096"));
    }

    static String b64(String value) {
        return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
    }

    static CommandOutcome run(String... args) {
        return kubectl.run(List.of(args));
    }

    static void assertNoValue(CommandOutcome o, String what) {
        String all = o.stdout() + o.stderr() + o.error().orElse("");
        for (String value : VALUES.values()) {
            for (String form : List.of(value, b64(value), b64(value).replace("=", ""))) {
                assertFalse(all.contains(form), () -> what + " shows " + form + ":\n" + all);
            }
        }
    }

    /** Two guesses just below and just above the real value: only the value itself could tell them apart. */
    @Test
    void sortByIsNoOracle() {
        String value = b64(VALUES.get("db-creds"));
        String below = value.substring(0, value.length() - 3) + "A";
        String above = value.substring(0, value.length() - 3) + "z";
        assertTrue(below.compareTo(value) < 0 && above.compareTo(value) > 0);
        String[] answers = new String[2];
        int i = 0;
        for (String guess : List.of(below, above)) {
            answers[i++] = run("get", "secrets", "-n", NS, "-o", "name",
                    "--sort-by={[?(@.metadata.name==\"db-creds\")][?(@.data.password<\"" + guess
                            + "\")].metadata.name}").stdout();
        }
        assertEquals(answers[0], answers[1]);
        CommandOutcome byValue = run("get", "secrets", "-n", NS, "--sort-by=.data.password");
        assertNoValue(byValue, "sort by value");
    }

    @Test
    void clientDryRunPatchStartsFromTheRedactedObject() {
        CommandOutcome o = run("patch", "secret", "db-creds", "-n", NS, "-p", "{\"kind\":null}", "--type", "merge",
                "--dry-run=client", "-o", "yaml");
        assertEquals(0, o.returnCode(), o.stderr());
        assertNoValue(o, "client dry run");
        assertTrue(o.stdout().contains("[redacted: 16 bytes]"), o.stdout());
    }

    @Test
    void patchesThatWouldMakeTheServerQuoteTheSecretAreRefused() {
        for (List<String> patch : List.of(
                List.of("--type", "merge", "-p", "{\"kind\":\"X\"}"),
                List.of("--type", "json", "-p", "[{\"op\":\"copy\",\"from\":\"/data/password\",\"path\":\"/kind\"}]"),
                List.of("--type", "json", "-p",
                        "[{\"op\":\"copy\",\"from\":\"/data/password\",\"path\":\"/apiVersion\"}]"),
                List.of("--type", "json", "-p", "[{\"op\":\"copy\",\"from\":\"/data/password\",\"path\":\"/type\"}]"),
                List.of("--type", "json", "-p",
                        "[{\"op\":\"copy\",\"from\":\"/data/password\",\"path\":\"/metadata/name\"}]"),
                List.of("--type", "json", "-p", "[{\"op\":\"add\",\"path\":\"/metadata/annotations\",\"value\":{}},"
                        + "{\"op\":\"copy\",\"from\":\"/data/password\",\"path\":\"/metadata/annotations/leak\"}]"),
                List.of("--type", "json", "-p",
                        "[{\"op\":\"test\",\"path\":\"/data/password\",\"value\":\"" + b64("guess") + "\"}]"))) {
            List<String> args = new ArrayList<>(List.of("patch", "secret", "db-creds", "-n", NS, "--dry-run=server",
                    "-o", "yaml"));
            args.addAll(patch);
            CommandOutcome o = kubectl.run(args);
            assertNoValue(o, patch.toString());
            assertEquals("request-guard", o.denial().orElseThrow().layer(), patch::toString);
        }
    }

    @Test
    void anErrorThatEchoesAHugeObjectIsScrubbedAndCapped() {
        CommandOutcome o = run("patch", "configmap", "big", "-n", NS, "--type", "merge", "-p", "{\"kind\":\"X\"}",
                "--dry-run=server");
        assertEquals(1, o.returnCode());
        assertTrue(o.stderr().length() < 4096 + 300, () -> o.stderr().length() + " bytes");
        assertTrue(o.stderr().contains("no kind \"X\" is registered"), o.stderr());
    }

    /** Every output shape, twice, with only the values changed between: same answer, no value. */
    @Test
    void answersDoNotDependOnSecretValues() {
        List<List<String>> commands = new ArrayList<>();
        for (String output : List.of("", "wide", "yaml", "json", "name", "jsonpath={.items[*].data}",
                "jsonpath={.items[*].metadata.annotations}", "custom-columns=N:.metadata.name,P:.data.password,"
                        + "S:.stringData.token,A:.metadata.annotations")) {
            for (List<String> extra : List.of(List.<String>of(), List.of("--sort-by=.data.password"),
                    List.of("--show-labels"), List.of("-L", "app"), List.of("-A"))) {
                List<String> c = new ArrayList<>(List.of("get", "secrets", "-n", NS));
                if (!output.isEmpty()) {
                    c.add("-o");
                    c.add(output);
                }
                c.addAll(extra);
                commands.add(c);
            }
        }
        commands.add(List.of("get", "secret", "db-creds", "-n", NS, "-o", "yaml"));
        commands.add(List.of("get", "secret", "db-creds", "-n", NS, "-o", "jsonpath={.data.password}"));
        commands.add(List.of("describe", "secret", "db-creds", "-n", NS));
        commands.add(List.of("describe", "secrets", "-n", NS));
        commands.add(List.of("label", "secret", "db-creds", "-n", NS, "x=y", "--dry-run=server", "-o", "yaml"));
        commands.add(List.of("annotate", "secret", "db-creds", "-n", NS, "x=y", "--dry-run=server", "-o", "json"));
        commands.add(List.of("patch", "secret", "db-creds", "-n", NS, "-p", "{\"data\":{\"extra\":\"eA==\"}}",
                "--dry-run=server", "-o", "yaml"));
        commands.add(List.of("patch", "secret", "db-creds", "-n", NS, "-p", "{\"metadata\":{\"labels\":{\"a\":\"b\"}}}",
                "--type", "merge", "--dry-run=client", "-o", "json"));
        commands.add(List.of("delete", "secret", "db-creds", "-n", NS, "--dry-run=server"));
        List<String> first = runAll(commands);
        Map<String, String> original = new LinkedHashMap<>(VALUES);
        try {
            VALUES.replaceAll((name, value) -> new StringBuilder(value).reverse().toString().toUpperCase());
            VALUES.forEach((name, value) -> API.client().secrets().inNamespace(NS).withName(name).edit(s -> {
                s.getData().put("password", b64(value));
                s.getMetadata().getAnnotations().put("kubectl.kubernetes.io/last-applied-configuration",
                        "{\"stringData\":{\"password\":\"" + value + "\"}}");
                return s;
            }));
            List<String> second = runAll(commands);
            for (int i = 0; i < commands.size(); i++) {
                assertEquals(first.get(i), second.get(i), commands.get(i).toString());
            }
        } finally {
            VALUES.clear();
            VALUES.putAll(original);
        }
    }

    private static List<String> runAll(List<List<String>> commands) {
        List<String> out = new ArrayList<>();
        for (List<String> c : commands) {
            CommandOutcome o = kubectl.run(c);
            assertNoValue(o, c.toString());
            out.add(normalise(o.stdout() + o.stderr()));
        }
        return out;
    }

    /** What a write changes whatever it wrote: versions, write times, and ages in server Tables. */
    static String normalise(String text) {
        return text.replaceAll("\"?resourceVersion\"?\\s*[:=]\\s*\"?\\d+\"?", "resourceVersion: N")
                .replaceAll("\"?time\"?\\s*:\\s*\"?[0-9T:Z-]+\"?", "time: T")
                .replaceAll("(?m)\\b\\d+[smhd](\\d+[smh])?\\b", "AGE");
    }
}
