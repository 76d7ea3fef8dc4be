package io.krmcp.verbs.info;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;

import io.krmcp.TestRunners;

/**
 * {@code cluster-info} over the services the real kubectl was given (a named port, https, no port name, a load
 * balancer), compared with its output; only the server's address differs.
 */
@EnableKubernetesMockClient
class ClusterInfoKubectlTest {

    KubernetesMockServer server;
    KubernetesClient client;

    @Test
    void printsWhatKubectlPrints() throws Exception {
        server.expect().get().withPath("/api/v1/namespaces/kube-system/services?labelSelector=kubernetes.io%2F"
                + "cluster-service%3Dtrue").andReturn(200, Files.readString(Path.of(
                        "src/test/resources/cluster-info-services.json"))).once();
        String host = client.getMasterUrl().toString().replaceAll("/$", "");
        String expected = Files.readString(Path.of("src/test/resources/cluster-info-kubectl.txt"))
                .replace("http://127.0.0.1:18093", host);
        assertEquals(expected, TestRunners.run(TestRunners.runner(client, Clock.systemUTC(),
                Map.of("KUBECTL_ALLOWED_COMMANDS", "cluster-info")), "cluster-info").stdout());
    }
}
