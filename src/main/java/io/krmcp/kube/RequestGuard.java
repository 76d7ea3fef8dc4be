package io.krmcp.kube;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A check every request passes in {@link KubeApi} before it is sent, whichever verb, describer or follow-up query
 * built it: the one place where a rule about what may be asked of the API server holds by construction. A guard
 * refuses by throwing {@link RequestRefusedException}; it does no I/O.
 */
@FunctionalInterface
public interface RequestGuard {

    /**
     * @param method {@code GET}, {@code PATCH}, ...
     * @param path what the request addresses
     * @param contentType the body's media type, or null without a body
     * @param body the body, or null
     */
    void check(String method, ApiPath path, String contentType, String body);

    /**
     * Removes from a decoded answer, in place, the items the caller may not see (a list across namespaces holds
     * some outside the allowed ones) and says how many; the request flow tells the agent once.
     */
    default int withhold(String method, ApiPath path, JsonNode answer) {
        return 0;
    }

    /**
     * Whether {@link #withhold} judges the rows of a Table answer to a GET of {@code path} by their metadata: the
     * client then never lets such a request ask for rows without it ({@code includeObject=None}), whoever built it.
     */
    default boolean readsRowMetadata(ApiPath path) {
        return false;
    }

    RequestGuard NONE = (method, path, contentType, body) -> { };

    /** Every guard in order; the first refusal wins. */
    static RequestGuard all(List<RequestGuard> guards) {
        List<RequestGuard> copy = List.copyOf(guards);
        return new RequestGuard() {
            @Override
            public void check(String method, ApiPath path, String contentType, String body) {
                copy.forEach(g -> g.check(method, path, contentType, body));
            }

            @Override
            public int withhold(String method, ApiPath path, JsonNode answer) {
                int removed = 0;
                for (RequestGuard g : copy) {
                    removed += g.withhold(method, path, answer);
                }
                return removed;
            }

            @Override
            public boolean readsRowMetadata(ApiPath path) {
                return copy.stream().anyMatch(g -> g.readsRowMetadata(path));
            }
        };
    }
}
