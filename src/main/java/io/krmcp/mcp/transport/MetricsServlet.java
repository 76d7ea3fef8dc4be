package io.krmcp.mcp.transport;

import java.io.IOException;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /metrics} in Prometheus' text format. Open like the health endpoints (a scraper carries no token); it holds
 * counts and timings only, never a command's text, output or caller.
 */
public final class MetricsServlet extends HttpServlet {

    private final transient Supplier<String> scrape;

    public MetricsServlet(Supplier<String> scrape) {
        this.scrape = scrape;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setStatus(200);
        resp.setContentType("text/plain; version=0.0.4");
        resp.setCharacterEncoding("UTF-8");
        resp.getWriter().write(scrape.get());
    }
}
