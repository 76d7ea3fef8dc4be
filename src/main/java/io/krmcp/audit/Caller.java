package io.krmcp.audit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.krmcp.kube.CallerIdentity;

/**
 * Who made a tool call, as far as the server can tell: the transport, and the MCP session the client named
 * ({@code Mcp-Session-Id}; the server is stateless and issues none) or, on stdio, the one session the process serves.
 *
 * @param clientMarkers arguments the client added for itself ({@code __robusta_user_approved}), recorded as given
 * @param identity whom the call acts for when the server impersonates its callers, else null
 */
public record Caller(String transport, String session, Map<String, Object> clientMarkers,
                     CallerIdentity identity) {

    public static final String NO_SESSION = "-";

    public Caller {
        clientMarkers = clientMarkers == null ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(clientMarkers));
    }

    public Caller(String transport, String session) {
        this(transport, session, Map.of(), null);
    }

    public Caller(String transport, String session, Map<String, Object> clientMarkers) {
        this(transport, session, clientMarkers, null);
    }

    public static Caller of(String transport) {
        return new Caller(transport, NO_SESSION);
    }

    public Caller withClientMarkers(Map<String, Object> markers) {
        return new Caller(transport, session, markers, identity);
    }

    /** HolmesGPT's marker on a call a human approved under {@code approval_required_tools}. */
    public static final String APPROVED_MARKER = "__robusta_user_approved";

    /** Whether the client marked this call as approved by a human. */
    public boolean clientApproved() {
        return Boolean.TRUE.equals(clientMarkers.get(APPROVED_MARKER));
    }

    /** The identity the call acts for, if the server impersonates its callers. */
    public Optional<CallerIdentity> actingFor() {
        return Optional.ofNullable(identity);
    }
}
