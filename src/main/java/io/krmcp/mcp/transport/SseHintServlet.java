package io.krmcp.mcp.transport;

import java.io.IOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /sse}: HolmesGPT uses the legacy SSE transport there when its configuration omits {@code mode}. This
 * server is stateless and speaks only Streamable HTTP, so instead of a second transport with sessions to keep, the
 * legacy endpoint answers with what to change in the client's configuration.
 */
final class SseHintServlet extends HttpServlet {

    static final String HINT = "This MCP server speaks Streamable HTTP at /mcp, not the legacy SSE transport. In "
            + "HolmesGPT's mcp_servers entry set `mode: streamable-http` and use the URL ending in /mcp.\n";

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setStatus(HttpServletResponse.SC_NOT_FOUND);
        resp.setContentType("text/plain");
        resp.setCharacterEncoding("UTF-8");
        resp.getWriter().write(HINT);
    }
}
