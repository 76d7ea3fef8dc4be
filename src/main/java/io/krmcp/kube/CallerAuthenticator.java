package io.krmcp.kube;

import java.util.Optional;

/** Turns a caller's bearer token into the identity its calls act for, or empty when the API server rejects it. */
@FunctionalInterface
public interface CallerAuthenticator {

    /** @throws ApiException when the check itself failed (not allowed, server unreachable) */
    Optional<CallerIdentity> authenticate(String token) throws ApiException, CallTimeoutException;
}
