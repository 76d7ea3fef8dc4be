package io.krmcp.mcp.transport;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * DNS-rebinding protection for {@code /mcp}, which the SDK leaves off by default. A request that carries an
 * {@code Origin} (a browser) is served only if that origin is loopback or listed in
 * {@code K8S_MCP_ALLOWED_ORIGINS}; agents' HTTP clients send none and pass. When the server listens on loopback,
 * the {@code Host} header must name loopback too, so a page on an attacker's domain resolving to 127.0.0.1 is
 * refused.
 */
public final class OriginFilter implements Filter {

    private static final List<String> LOOPBACK = List.of("localhost", "127.0.0.1", "[::1]", "::1");

    private final List<String> allowedOrigins;
    private final boolean loopbackOnly;

    /**
     * @param allowedOrigins extra origins ({@code https://console.example.com}) beyond loopback ones
     * @param loopbackOnly the server is bound to a loopback address
     */
    public OriginFilter(List<String> allowedOrigins, boolean loopbackOnly) {
        this.allowedOrigins = allowedOrigins.stream().map(o -> o.toLowerCase(Locale.ROOT).replaceAll("/+$", ""))
                .toList();
        this.loopbackOnly = loopbackOnly;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        String origin = http.getHeader("Origin");
        if (origin != null && !originAllowed(origin)) {
            refuse((HttpServletResponse) response, "origin " + origin + " is not allowed (K8S_MCP_ALLOWED_ORIGINS)");
            return;
        }
        if (loopbackOnly && !LOOPBACK.contains(hostName(http.getHeader("Host")))) {
            refuse((HttpServletResponse) response, "this server listens on loopback and answers only to localhost");
            return;
        }
        chain.doFilter(request, response);
    }

    boolean originAllowed(String origin) {
        String o = origin.toLowerCase(Locale.ROOT).replaceAll("/+$", "");
        if (allowedOrigins.contains(o) || allowedOrigins.contains("*")) {
            return true;
        }
        try {
            URI uri = URI.create(o);
            return uri.getHost() != null && LOOPBACK.contains(uri.getHost());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static String hostName(String hostHeader) {
        if (hostHeader == null) {
            return "";
        }
        String h = hostHeader.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end > 0 ? h.substring(0, end + 1) : h;
        }
        int colon = h.indexOf(':');
        return colon >= 0 ? h.substring(0, colon) : h;
    }

    private static void refuse(HttpServletResponse response, String message) throws IOException {
        response.setStatus(403);
        response.setContentType("application/json");
        response.getWriter().write("{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32001,\"message\":\""
                + message.replace("\"", "'").replace("\\", "/") + "\"}}");
    }
}
