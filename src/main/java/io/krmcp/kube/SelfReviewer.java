package io.krmcp.kube;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import io.krmcp.kube.model.KnownTypes;

/**
 * Passthrough mode: the caller's token is checked by using it, in a SelfSubjectReview, so the server's own identity
 * needs no rights at all; the identity that comes back carries the token, which every request of the call then
 * sends instead of the server's credentials.
 */
public final class SelfReviewer implements CallerAuthenticator {

    private final KubeApi api;

    public SelfReviewer(KubeApi api) {
        this.api = api;
    }

    @Override
    public Optional<CallerIdentity> authenticate(String token) throws ApiException, CallTimeoutException {
        JsonNode user;
        try {
            user = api.withToken(token).send("POST", KnownTypes.SELF_SUBJECT_REVIEWS.collectionPath(null), Map.of(),
                    KubeApi.ACCEPT_JSON, "{\"apiVersion\":\"authentication.k8s.io/v1\",\"kind\":\"SelfSubjectReview\"}",
                    Deadline.in(Duration.ofSeconds(5))).path("status").path("userInfo");
        } catch (ApiException e) {
            if (e.status() == 401) {
                return Optional.empty();
            }
            throw e;
        }
        List<String> groups = new ArrayList<>();
        user.path("groups").forEach(g -> groups.add(g.asText()));
        String name = user.path("username").asText("");
        return name.isEmpty() ? Optional.empty() : Optional.of(new CallerIdentity(name, groups).withToken(token));
    }
}
