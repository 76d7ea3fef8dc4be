package io.krmcp.verbs.info;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.krmcp.MockApi;
import io.krmcp.TestRunners;

/**
 * {@code cluster-info} over the services the real kubectl was given (a named port, https, no port name, a load
 * balancer), compared with its output; only the server's address differs.
 */
class ClusterInfoKubectlTest {

    @RegisterExtension
    final MockApi api = new MockApi();

    @Test
    void printsWhatKubectlPrints() throws Exception {
        api.expect().get().withPath("/api/v1/namespaces/kube-system/services?labelSelector=kubernetes.io%2F"
                + "cluster-service%3Dtrue").andReturn(200, Files.readString(Path.of(
                        "src/test/resources/cluster-info-services.json"))).once();
        String host = api.client().getMasterUrl().toString().replaceAll("/$", "");
        String expected = Files.readString(Path.of("src/test/resources/cluster-info-kubectl.txt"))
                .replace("http://127.0.0.1:18093", host);
        assertEquals(expected, TestRunners.run(api.runner(Clock.systemUTC(),
                Map.of("KUBECTL_ALLOWED_COMMANDS", "cluster-info")), "cluster-info").stdout());
    }
}
