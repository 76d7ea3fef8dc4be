package io.krmcp.kube;

import java.util.List;

/**
 * Who a tool call acts for when the server impersonates its callers ({@code K8S_MCP_CALLER_IDENTITY=impersonate}):
 * the user and groups a TokenReview gave for the caller's bearer token. Every API request of that call carries
 * {@code Impersonate-User} and {@code Impersonate-Group}, so the API server's RBAC decides per caller.
 */
public record CallerIdentity(String username, List<String> groups) {

    public CallerIdentity {
        groups = List.copyOf(groups);
    }
}
