package io.krmcp.mcp.transport;

import java.io.IOException;
import java.util.function.BooleanSupplier;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code /healthz} (the process serves) and {@code /readyz} (configuration loaded, API server answering). */
public final class HealthServlet extends HttpServlet {

    private final BooleanSupplier ready;

    public HealthServlet(BooleanSupplier ready) {
        this.ready = ready;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        boolean ok = !req.getServletPath().equals("/readyz") || ready.getAsBoolean();
        resp.setStatus(ok ? 200 : 503);
        resp.setContentType("text/plain");
        resp.setCharacterEncoding("UTF-8");
        resp.getWriter().write(ok ? "ok\n" : "not ready: the Kubernetes API server has not answered recently\n");
    }
}
