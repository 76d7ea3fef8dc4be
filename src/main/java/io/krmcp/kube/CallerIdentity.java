package io.krmcp.kube;

import java.util.List;
import java.util.Optional;

/**
 * Who a tool call acts for when the server acts as its callers ({@code K8S_MCP_CALLER_IDENTITY}): the user and
 * groups the API server named for the caller's bearer token, and, in passthrough mode, the token itself, which the
 * call's requests then carry instead of the server's credentials. In impersonate mode every request carries
 * {@code Impersonate-User} and {@code Impersonate-Group} instead. Either way the API server's RBAC decides per caller.
 *
 * @param token the caller's bearer token in passthrough mode, else empty; never printed
 */
public record CallerIdentity(String username, List<String> groups, Optional<String> token) {

    public CallerIdentity {
        groups = List.copyOf(groups);
        token = token == null ? Optional.empty() : token;
    }

    public CallerIdentity(String username, List<String> groups) {
        this(username, groups, Optional.empty());
    }

    /** The same identity, acting with the caller's own token. */
    public CallerIdentity withToken(String bearer) {
        return new CallerIdentity(username, groups, Optional.of(bearer));
    }

    /** The token stays out of logs and error texts. */
    @Override
    public String toString() {
        return "CallerIdentity[username=" + username + ", groups=" + groups + ", token="
                + (token.isPresent() ? "set" : "unset") + "]";
    }
}
