package io.krmcp.verbs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.krmcp.TestRunners;
import io.krmcp.demo.DemoCluster;

/**
 * {@code describe} and {@code get -o yaml|json|name|jsonpath|custom-columns} on the demo cluster compared byte for
 * byte with what the real kubectl printed for the same objects at the same instant (see
 * {@code src/test/resources/kubectl-on-demo/README.md}).
 */
class KubectlOnDemoReferenceTest {

    static final Path DIR = Path.of("src/test/resources/kubectl-on-demo");

    static List<String> cases() throws Exception {
        return Files.readAllLines(DIR.resolve("cases.txt"));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void printsWhatKubectlPrints(String line) throws Exception {
        String[] parts = line.split("\\|");
        Clock clock = Clock.fixed(Instant.parse(parts[1]), ZoneOffset.UTC);
        try (DemoCluster cluster = DemoCluster.start(clock)) {
            // the write verbs ran in kubectl on a fresh demo each; permissive, since the rule file is not kubectl's
            var outcome = TestRunners.run(TestRunners.runner(cluster.client(), clock, Map.of(
                    "KUBECTL_ALLOWED_COMMANDS", "get,describe,logs,events,top,api-resources,api-versions,label,annotate,"
                            + "taint,cordon,uncordon,scale,drain,rollout,patch",
                    "K8S_MCP_SECURITY_MODE", "permissive")), parts[2]);
            assertEquals(Files.readString(DIR.resolve(parts[0] + ".txt")), outcome.stdout(), parts[2]);
            Path err = DIR.resolve(parts[0] + ".err");
            if (Files.exists(err)) {
                assertEquals(Files.readString(err), outcome.stderr() + "rc=" + outcome.returnCode() + "\n", parts[2]);
            }
        }
    }
}
