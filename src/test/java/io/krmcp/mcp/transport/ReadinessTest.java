package io.krmcp.mcp.transport;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.time.Duration;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;

import io.krmcp.MockApi;
import io.krmcp.kube.KubeApi;

/** /readyz follows the API server: ready when it answers, not ready when nothing listens. */
class ReadinessTest {

    @RegisterExtension
    final MockApi api = new MockApi();

    @Test
    void readyWhenTheApiServerAnswersEvenWithAnError() {
        api.expect().get().withPath("/version").andReturn(403, "{}").always();
        KubeApi kube = new KubeApi(api.client(), new ObjectMapper());
        assertFalse(kube.answeredWithin(Duration.ofMinutes(1)));
        assertTrue(new Readiness(kube).getAsBoolean());
        assertTrue(kube.answeredWithin(Duration.ofMinutes(1)), "the probe's answer counts as recent");
    }

    @Test
    void notReadyWhenNothingListens() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Config config = new ConfigBuilder().withMasterUrl("http://127.0.0.1:" + port).withRequestRetryBackoffLimit(0)
                .build();
        try (KubernetesClient down = new KubernetesClientBuilder().withConfig(config).build()) {
            Readiness readiness = new Readiness(new KubeApi(down, new ObjectMapper()));
            assertFalse(readiness.getAsBoolean());
            assertFalse(readiness.getAsBoolean(), "the cached answer within the probe interval");
        }
    }
}
