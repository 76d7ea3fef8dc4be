package io.krmcp.kube;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.krmcp.kube.model.KnownTypes;

/**
 * Checks a caller's bearer token with a TokenReview, as the server's own identity, and says whom it belongs to. A
 * token the API server accepts is remembered for a minute (by its SHA-256, never in clear), since a client such as
 * HolmesGPT sends two requests per call.
 */
public final class TokenReviewer implements CallerAuthenticator {

    private static final Duration REMEMBER = Duration.ofMinutes(1);
    private static final int MAX_REMEMBERED = 1024;
    private static final String PATH = KnownTypes.TOKEN_REVIEWS.collectionPath(null);

    private record Remembered(CallerIdentity identity, long untilNanos) {
    }

    private final KubeApi api;
    private final List<String> audiences;
    private final Map<String, Remembered> accepted = new ConcurrentHashMap<>();

    public TokenReviewer(KubeApi api, List<String> audiences) {
        this.api = api;
        this.audiences = List.copyOf(audiences);
    }

    /**
     * @return whom the token belongs to, or empty when the API server does not accept it
     * @throws ApiException when the review itself failed (no right to create TokenReviews, server unreachable)
     */
    @Override
    public Optional<CallerIdentity> authenticate(String token) throws ApiException, CallTimeoutException {
        String key = TokenDigest.of(token);
        Remembered known = accepted.get(key);
        if (known != null && known.untilNanos() - System.nanoTime() > 0) {
            return Optional.of(known.identity());
        }
        ObjectNode review = api.json().createObjectNode();
        review.put("apiVersion", "authentication.k8s.io/v1");
        review.put("kind", "TokenReview");
        ObjectNode spec = review.putObject("spec");
        spec.put("token", token);
        if (!audiences.isEmpty()) {
            audiences.forEach(spec.putArray("audiences")::add);
        }
        JsonNode status = api.send("POST", PATH, Map.of(), KubeApi.ACCEPT_JSON, review.toString(),
                Deadline.in(Duration.ofSeconds(5))).path("status");
        if (!status.path("authenticated").asBoolean(false)) {
            return Optional.empty();
        }
        List<String> groups = new ArrayList<>();
        status.path("user").path("groups").forEach(g -> groups.add(g.asText()));
        CallerIdentity identity = new CallerIdentity(status.path("user").path("username").asText(""), groups);
        if (identity.username().isEmpty()) {
            return Optional.empty();
        }
        if (accepted.size() >= MAX_REMEMBERED) {
            accepted.clear();
        }
        accepted.put(key, new Remembered(identity, System.nanoTime() + REMEMBER.toNanos()));
        return Optional.of(identity);
    }
}
