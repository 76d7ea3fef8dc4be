package io.krmcp.audit;

/**
 * Who made a tool call, as far as the server can tell: the transport, and the MCP session the client named
 * ({@code Mcp-Session-Id}; the server is stateless and issues none) or, on stdio, the one session the process serves.
 */
public record Caller(String transport, String session) {

    public static final String NO_SESSION = "-";

    public static Caller of(String transport) {
        return new Caller(transport, NO_SESSION);
    }
}
