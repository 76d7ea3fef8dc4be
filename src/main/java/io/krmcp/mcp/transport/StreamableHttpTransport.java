package io.krmcp.mcp.transport;

import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.servlet.DispatcherType;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.transport.HttpServletStatelessServerTransport;
import io.modelcontextprotocol.spec.McpStatelessServerTransport;

import io.krmcp.audit.Caller;
import io.krmcp.kube.CallerAuthenticator;
import io.krmcp.mcp.McpServerFactory;

/**
 * MCP Streamable HTTP on Jetty: {@code /mcp} (stateless: JSON answers, no session to keep), {@code /healthz},
 * {@code /readyz}.
 */
public final class StreamableHttpTransport {

    public static final int MAX_REQUEST_BYTES = 1024 * 1024;
    /** A body must arrive in full within this; slow senders are cut off without holding a thread. */
    static final Duration BODY_READ_DEADLINE = Duration.ofSeconds(10);
    /** Bodies one client address may be sending at once. */
    static final int BODIES_PER_CLIENT = 32;

    private final Server server;
    private final ServerConnector connector;
    /** Set by {@link #stop()}: {@code /readyz} fails first, so a Service stops routing here before the port closes. */
    private volatile boolean draining;
    private Duration drainDelay = Duration.ZERO;

    /**
     * @param serverFor builds the MCP server on the transport; called once before Jetty starts
     */
    public StreamableHttpTransport(String host, int port, McpJsonMapper json, BooleanSupplier ready,
                                   HttpSecurity security, Supplier<String> metrics,
                                   Function<McpStatelessServerTransport, ?> serverFor) {
        QueuedThreadPool threads = new QueuedThreadPool(64, 4);
        threads.setName("http");
        threads.setDaemon(true);
        server = new Server(threads);
        connector = new ServerConnector(server);
        connector.setHost(host);
        connector.setPort(port);
        server.addConnector(connector);

        HttpServletStatelessServerTransport mcp = HttpServletStatelessServerTransport.builder()
                .jsonMapper(json)
                .messageEndpoint("/mcp")
                .maxRequestSize(MAX_REQUEST_BYTES)
                .contextExtractor(request -> {
                    Map<String, Object> context = new HashMap<>();
                    context.put(McpServerFactory.SESSION, sessionOf(request));
                    Object identity = request.getAttribute(CallerIdentityFilter.ATTRIBUTE);
                    if (identity != null) {
                        context.put(McpServerFactory.IDENTITY, identity);
                    }
                    return McpTransportContext.create(context);
                })
                .build();
        serverFor.apply(mcp);

        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        context.addServlet(new ServletHolder("mcp", mcp), "/mcp");
        EnumSet<DispatcherType> requests = EnumSet.of(DispatcherType.REQUEST);
        context.addFilter(new FilterHolder(new OriginFilter(security.allowedOrigins(), isLoopback(host))), "/mcp",
                requests);
        security.token().ifPresent(token ->
                context.addFilter(new FilterHolder(new BearerAuthFilter(token)), "/mcp", requests));
        security.callers().ifPresent(reviewer ->
                context.addFilter(new FilterHolder(new CallerIdentityFilter(reviewer)), "/mcp", requests));
        context.addFilter(new FilterHolder(new JsonRpcErrorFilter()), "/mcp", EnumSet.of(DispatcherType.REQUEST));
        context.addFilter(new FilterHolder(new AcceptHeaderFilter()), "/mcp", EnumSet.of(DispatcherType.REQUEST));
        HealthServlet health = new HealthServlet(() -> !draining && ready.getAsBoolean());
        context.addServlet(new ServletHolder("healthz", health), "/healthz");
        context.addServlet(new ServletHolder("readyz", health), "/readyz");
        context.addServlet(new ServletHolder("metrics", new MetricsServlet(metrics)), "/metrics");
        context.addServlet(new ServletHolder("sse", new SseHintServlet()), "/sse");
        // Graceful: on stop, new requests are refused while those in flight get up to the stop timeout to finish.
        server.setHandler(new GracefulHandler(new SlowClientHandler(context,
                BODY_READ_DEADLINE, MAX_REQUEST_BYTES, BODIES_PER_CLIENT)));
        server.setStopTimeout(10_000);
    }

    /** What guards {@code /mcp}: an optional bearer token and the browser origins allowed besides loopback. */
    public record HttpSecurity(Optional<String> token, List<String> allowedOrigins,
                               Optional<CallerAuthenticator> callers) {

        public HttpSecurity(Optional<String> token, List<String> allowedOrigins) {
            this(token, allowedOrigins, Optional.empty());
        }
    }

    static boolean isLoopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1") || host.equals("[::1]");
    }

    /** How long {@link #stop()} lets requests in flight finish (a call lasts at most KUBECTL_TIMEOUT). */
    public void gracePeriod(Duration grace) {
        server.setStopTimeout(grace.toMillis());
    }

    /**
     * How long {@link #stop()} keeps serving with {@code /readyz} failing before it refuses new requests: the time a
     * Service takes to stop routing here, so a rolling update or a drain costs callers no error.
     */
    public void drainDelay(Duration delay) {
        this.drainDelay = delay;
    }

    public void start() throws Exception {
        server.start();
    }

    /** The port actually bound (useful with port 0 in tests). */
    public int port() {
        return connector.getLocalPort();
    }

    public void join() throws InterruptedException {
        server.join();
    }

    /** The client's {@code Mcp-Session-Id}, cut to a sane length and printable characters, for the audit line. */
    static String sessionOf(jakarta.servlet.http.HttpServletRequest request) {
        String id = request.getHeader("Mcp-Session-Id");
        if (id == null || id.isBlank()) {
            return Caller.NO_SESSION;
        }
        String clean = id.replaceAll("[^\\x21-\\x7e]", "");
        return clean.length() > 64 ? clean.substring(0, 64) : clean;
    }

    /** Fails readiness, waits the drain delay, then refuses new requests and lets those in flight finish. */
    public void stop() throws Exception {
        draining = true;
        if (!drainDelay.isZero()) {
            Thread.sleep(drainDelay.toMillis());
        }
        server.stop();
    }
}
