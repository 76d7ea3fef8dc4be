package io.krmcp.kube;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;

/**
 * Where the server's credentials come from: the pod's ServiceAccount inside a cluster, else the kubeconfig. Checked
 * up front so that a machine with neither gets a message saying what to do, not a stack trace on the first call.
 */
public final class ClusterConnection {

    static final Path SERVICE_ACCOUNT_TOKEN = Path.of("/var/run/secrets/kubernetes.io/serviceaccount/token");

    private ClusterConnection() {
    }

    /** Which source fabric8 will use, or empty when there is none. */
    public static Optional<String> source(Map<String, String> env, Path home) {
        if (env.containsKey("KUBERNETES_SERVICE_HOST") && Files.isReadable(SERVICE_ACCOUNT_TOKEN)) {
            return Optional.of("in-cluster ServiceAccount");
        }
        String kubeconfig = env.get("KUBECONFIG");
        if (kubeconfig != null && !kubeconfig.isBlank()) {
            for (String part : kubeconfig.split(File.pathSeparator)) {
                if (!part.isBlank() && Files.isReadable(Path.of(part))) {
                    return Optional.of("kubeconfig " + part);
                }
            }
            return Optional.empty();
        }
        Path defaultConfig = home.resolve(".kube").resolve("config");
        return Files.isReadable(defaultConfig) ? Optional.of("kubeconfig " + defaultConfig) : Optional.empty();
    }

    public static String missingMessage() {
        return "error: no Kubernetes cluster to connect to. Run inside a pod with a ServiceAccount, point KUBECONFIG "
                + "at a kubeconfig file (or create ~/.kube/config), or start with --demo to try the embedded sample "
                + "cluster.";
    }

    /** A client on the auto-detected configuration; retries off because every call has its own deadline. */
    public static KubernetesClient connect() {
        Config config = Config.autoConfigure(null);
        config.setRequestRetryBackoffLimit(0);
        return new KubernetesClientBuilder().withConfig(config).build();
    }

    public static String defaultNamespace(KubernetesClient client) {
        String ns = client.getConfiguration().getNamespace();
        return ns == null || ns.isBlank() ? "default" : ns;
    }
}
