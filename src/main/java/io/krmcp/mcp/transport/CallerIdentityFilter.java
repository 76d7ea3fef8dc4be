package io.krmcp.mcp.transport;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.krmcp.kube.ApiException;
import io.krmcp.kube.CallTimeoutException;
import io.krmcp.kube.CallerAuthenticator;
import io.krmcp.kube.CallerIdentity;

/**
 * {@code K8S_MCP_CALLER_IDENTITY} on {@code /mcp}: the caller's bearer token is checked (a TokenReview to impersonate
 * it, or a SelfSubjectReview made with it to pass it through) and the identity travels with the request; the tools
 * then act as it on every API request. Fails
 * closed: no token, or one the API server does not accept, is 401; a review that cannot be made is 503. Never a
 * fall back to the server's own identity.
 */
final class CallerIdentityFilter implements Filter {

    static final String ATTRIBUTE = "krmcp.caller-identity";
    private static final Logger LOG = LoggerFactory.getLogger(CallerIdentityFilter.class);

    private final CallerAuthenticator reviewer;

    CallerIdentityFilter(CallerAuthenticator reviewer) {
        this.reviewer = reviewer;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        HttpServletResponse out = (HttpServletResponse) response;
        String header = http.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.substring(7).isBlank()) {
            refuse(out, 401, "a Kubernetes bearer token is required: this server acts as each caller "
                    + "(K8S_MCP_CALLER_IDENTITY)");
            return;
        }
        Optional<CallerIdentity> who;
        try {
            who = reviewer.authenticate(header.substring(7).trim());
        } catch (ApiException | CallTimeoutException e) {
            LOG.warn("token review failed: {}", e.getMessage());
            refuse(out, 503, "the caller's token could not be checked: " + e.getMessage());
            return;
        }
        if (who.isEmpty()) {
            refuse(out, 401, "the Kubernetes API server did not accept the bearer token");
            return;
        }
        http.setAttribute(ATTRIBUTE, who.get());
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletResponse out, int status, String message) throws IOException {
        out.setStatus(status);
        if (status == 401) {
            out.setHeader("WWW-Authenticate", "Bearer realm=\"kubernetes-remediation-mcp\"");
        }
        out.setContentType("application/json");
        out.setCharacterEncoding("UTF-8");
        out.getWriter().write("{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32001,\"message\":\""
                + message.replace("\"", "'") + "\"}}");
    }
}
