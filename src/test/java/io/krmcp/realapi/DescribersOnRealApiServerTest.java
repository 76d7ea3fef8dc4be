package io.krmcp.realapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.client.KubernetesClient;

import io.krmcp.TestRunners;
import io.krmcp.audit.CommandOutcome;
import io.krmcp.flow.CommandRunner;

/**
 * The dedicated describers, byte for byte against what kubectl printed for the same objects on a real API server
 * ({@code dev/record-describers.sh}, goldens in {@code golden/describe-real/}).
 */
class DescribersOnRealApiServerTest {

    @RegisterExtension
    static final RealApiServer API = new RealApiServer();
    static final Path GOLDEN = Path.of("src/test/resources/golden/describe-real");
    static CommandRunner kubectl;

    @BeforeAll
    static void objects() throws Exception {
        KubernetesClient c = API.client();
        try (InputStream yaml = Files.newInputStream(Path.of("src/test/resources/realapi/describe-objects.yaml"))) {
            for (HasMetadata object : c.load(yaml).items()) {
                c.resource(object).create();
            }
        }
        c.resourceQuotas().inNamespace("desc").withName("compute").editStatus(q -> {
            q.getStatus().setHard(Map.of("pods", new Quantity("10"), "requests.cpu", new Quantity("4"),
                    "requests.memory", new Quantity("8Gi")));
            q.getStatus().setUsed(Map.of("pods", new Quantity("3"), "requests.cpu", new Quantity("1500m"),
                    "requests.memory", new Quantity("1Gi")));
            return q;
        });
        c.policy().v1().podDisruptionBudget().inNamespace("desc").withName("web-pdb").editStatus(p -> {
            p.getStatus().setDisruptionsAllowed(1);
            p.getStatus().setCurrentHealthy(3);
            p.getStatus().setDesiredHealthy(2);
            p.getStatus().setExpectedPods(3);
            p.getStatus().setObservedGeneration(1L);
            return p;
        });
        kubectl = TestRunners.runner(c, Clock.systemUTC(), Map.of());
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("serviceaccount", "serviceaccount builder -n desc"),
                Arguments.of("role", "role reader -n desc"),
                Arguments.of("clusterrole", "clusterrole desc-viewer"),
                Arguments.of("rolebinding", "rolebinding reader-binding -n desc"),
                Arguments.of("clusterrolebinding", "clusterrolebinding desc-viewer-binding"),
                Arguments.of("pdb-min", "pdb web-pdb -n desc"),
                Arguments.of("pdb-max", "pdb db-pdb -n desc"),
                Arguments.of("resourcequota", "resourcequota compute -n desc"),
                Arguments.of("resourcequota-scoped", "resourcequota scoped -n desc"),
                Arguments.of("limitrange", "limitrange limits -n desc"),
                Arguments.of("priorityclass", "priorityclass critical-batch"),
                Arguments.of("storageclass", "storageclass fast"),
                Arguments.of("endpoints", "endpoints web -n desc"),
                Arguments.of("endpointslice", "endpointslice web-abc12 -n desc"),
                Arguments.of("networkpolicy", "networkpolicy web-ingress -n desc"),
                Arguments.of("networkpolicy-deny", "networkpolicy default-deny -n desc"),
                Arguments.of("ingressclass", "ingressclass nginx"),
                Arguments.of("replicationcontroller", "rc legacy -n desc"));
    }

    @ParameterizedTest(name = "describe {1}")
    @MethodSource("cases")
    void printsWhatKubectlPrints(String golden, String args) throws Exception {
        CommandOutcome o = kubectl.run(Stream.concat(Stream.of("describe"), Stream.of(args.split(" "))).toList());
        assertEquals(0, o.returnCode(), o.stderr());
        assertEquals(withoutCreationTime(Files.readString(GOLDEN.resolve(golden + ".txt"), StandardCharsets.UTF_8)),
                withoutCreationTime(o.stdout()));
    }

    /** A NetworkPolicy prints when it was created, which differs between the recording and the test. */
    static String withoutCreationTime(String text) {
        return text.replaceAll("(?m)^(Created on:\\s+)\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d \\+0000 UTC$", "$1T");
    }
}
