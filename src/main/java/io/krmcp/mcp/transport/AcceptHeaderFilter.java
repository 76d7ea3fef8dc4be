package io.krmcp.mcp.transport;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * The SDK's HTTP transport insists on {@code Accept: application/json, text/event-stream}, as the spec asks of
 * clients. The seed's documented {@code curl} sends {@code *}{@code /*} or no Accept at all, and HolmesGPT's
 * simpler clients do the same; since this server only ever answers with JSON, such requests are treated as if they
 * had asked for it.
 */
public final class AcceptHeaderFilter implements Filter {

    static final String SPEC_ACCEPT = "application/json, text/event-stream";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        String accept = http.getHeader("Accept");
        if (needsRewrite(accept)) {
            chain.doFilter(new HttpServletRequestWrapper(http) {
                @Override
                public String getHeader(String name) {
                    return "accept".equalsIgnoreCase(name) ? SPEC_ACCEPT : super.getHeader(name);
                }

                @Override
                public Enumeration<String> getHeaders(String name) {
                    return "accept".equalsIgnoreCase(name) ? Collections.enumeration(List.of(SPEC_ACCEPT))
                            : super.getHeaders(name);
                }
            }, response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Missing, wildcard or JSON-only Accept headers get the spec's value; anything else is passed as sent. */
    static boolean needsRewrite(String accept) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        boolean json = accept.contains("application/json");
        boolean sse = accept.contains("text/event-stream");
        if (json && sse) {
            return false;
        }
        return json || accept.contains("*/*") || accept.contains("application/*");
    }
}
