package io.krmcp.config;

/**
 * {@code K8S_MCP_CALLER_IDENTITY}: whom the server's API requests act for over HTTP. {@code off}: the server's own
 * identity for every caller. {@code impersonate}: the caller's bearer token is checked with a TokenReview and every
 * request impersonates that user and its groups; no token, or a token the API server rejects, is 401, never a fall
 * back to the server's identity. {@code passthrough}: the caller's token is checked by using it (a SelfSubjectReview)
 * and every request of the call sends it instead of the server's credentials; the server needs no rights.
 */
public enum CallerIdentityMode {
    OFF,
    IMPERSONATE,
    PASSTHROUGH
}
