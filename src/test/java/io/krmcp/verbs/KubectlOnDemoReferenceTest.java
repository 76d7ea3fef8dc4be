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
            String ours = TestRunners.run(TestRunners.runner(cluster.client(), clock, Map.of()), parts[2]).stdout();
            assertEquals(Files.readString(DIR.resolve(parts[0] + ".txt")), ours, parts[2]);
        }
    }
}
