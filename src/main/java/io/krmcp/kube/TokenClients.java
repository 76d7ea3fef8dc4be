package io.krmcp.kube;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import io.fabric8.kubernetes.client.KubernetesClient;

/**
 * Passthrough mode's clients, one per caller token (keyed by its SHA-256), the 64 most recently used kept. A client
 * pushed out is closed, so its connections and threads go with it.
 */
final class TokenClients {

    private static final int KEPT = 64;

    private record Entry(KubernetesClient client, KubeApi api) {
    }

    private final Map<String, Entry> byDigest = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            if (size() <= KEPT) {
                return false;
            }
            eldest.getValue().client().close();
            return true;
        }
    };

    /** The API for {@code token}, building its client with {@code connect} the first time. */
    synchronized KubeApi forToken(String token, Function<String, KubernetesClient> connect,
                                  Function<KubernetesClient, KubeApi> wrap) {
        return byDigest.computeIfAbsent(TokenDigest.of(token), k -> {
            KubernetesClient client = connect.apply(token);
            return new Entry(client, wrap.apply(client));
        }).api();
    }
}
