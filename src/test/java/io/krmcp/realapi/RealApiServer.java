package io.krmcp.realapi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import io.fabric8.kubeapitest.KubeAPIServer;
import io.fabric8.kubeapitest.KubeAPIServerConfigBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;

/**
 * A real kube-apiserver (with etcd) for one test class, through fabric8's kube-api-test: register it as a static
 * {@code @RegisterExtension} field. The binaries come from {@code KUBE_API_TEST_DIR} (CI points it at
 * {@code ../shared/kube-api-test}), else from {@code ../shared/kube-api-test} when it exists; without either
 * kube-api-test downloads the envtest binaries itself. The folder is
 * linked into a fresh directory under {@code target/}, because kube-api-test writes certificates beside the binaries.
 */
public final class RealApiServer implements BeforeAllCallback, AfterAllCallback {

    private KubeAPIServer server;
    private KubernetesClient client;
    private String kubeconfig;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        KubeAPIServerConfigBuilder config = KubeAPIServerConfigBuilder.anAPIServerConfig()
                .withUpdateKubeConfig(false);
        String shared = System.getenv("KUBE_API_TEST_DIR");
        if ((shared == null || shared.isBlank()) && Files.isDirectory(Paths.get("..", "shared", "kube-api-test", "k8s"))) {
            shared = Paths.get("..", "shared", "kube-api-test").toString();
        }
        if (shared != null && !shared.isBlank()) {
            Path binaries = Paths.get(shared, "k8s").toAbsolutePath();
            Path dir = Files.createTempDirectory(Files.createDirectories(Paths.get("target", "kube-api-test")),
                    context.getRequiredTestClass().getSimpleName());
            Files.createSymbolicLink(dir.resolve("k8s"), binaries);
            config.withTestDir(dir.toAbsolutePath().toString()).withOfflineMode(true);
        }
        server = new KubeAPIServer(config.build());
        server.start();
        kubeconfig = server.getKubeConfigYaml();
        client = new KubernetesClientBuilder().withConfig(Config.fromKubeconfig(kubeconfig)).build();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.stop();
        }
    }

    /** Creates a CustomResourceDefinition and waits until the server serves its type. */
    public static void establish(KubernetesClient client,
                                 CustomResourceDefinition crd) {
        client.apiextensions().v1().customResourceDefinitions().resource(crd).create();
        client.apiextensions().v1().customResourceDefinitions().withName(crd.getMetadata().getName())
                .waitUntilCondition(c -> c.getStatus() != null && c.getStatus().getConditions().stream()
                        .anyMatch(x -> x.getType().equals("Established") && x.getStatus().equals("True")),
                        30, TimeUnit.SECONDS);
    }

    /** A cluster-admin client. */
    public KubernetesClient client() {
        return client;
    }

    public String kubeconfig() {
        return kubeconfig;
    }
}
