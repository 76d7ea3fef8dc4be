package io.krmcp.mcp.transport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code K8S_MCP_AUTH_TOKEN}: {@code /mcp} requires {@code Authorization: Bearer <token>}. The comparison takes the
 * same time whatever the guess (it compares digests), and a refusal is a 401 with {@code WWW-Authenticate}, never a
 * hint about the token. Health endpoints are not behind this filter.
 */
public final class BearerAuthFilter implements Filter {

    private final byte[] expectedDigest;

    public BearerAuthFilter(String token) {
        this.expectedDigest = digest(token);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String header = ((HttpServletRequest) request).getHeader("Authorization");
        String presented = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? header.substring(7).strip() : null;
        if (presented == null || !MessageDigest.isEqual(expectedDigest, digest(presented))) {
            HttpServletResponse http = (HttpServletResponse) response;
            http.setStatus(401);
            http.setHeader("WWW-Authenticate", "Bearer realm=\"kubernetes-remediation-mcp\"");
            http.setContentType("application/json");
            http.getWriter().write("{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32001,\"message\":"
                    + "\"unauthorized: send Authorization: Bearer <token>\"}}");
            return;
        }
        chain.doFilter(request, response);
    }

    private static byte[] digest(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
