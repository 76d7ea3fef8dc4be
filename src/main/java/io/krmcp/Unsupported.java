package io.krmcp;

import java.util.Optional;

import io.krmcp.config.ServerSettings;

/**
 * Settings whose feature this build does not have yet. The server refuses to start with them rather than run
 * without the protection or capability the operator asked for.
 */
final class Unsupported {

    private Unsupported() {
    }

    static Optional<String> check(ServerSettings settings) {
        if (settings.authToken().isPresent()) {
            return Optional.of("K8S_MCP_AUTH_TOKEN is set, but HTTP authentication is not supported by this build "
                    + "yet; unset it and keep the port on loopback or behind a NetworkPolicy");
        }
        return Optional.empty();
    }
}
