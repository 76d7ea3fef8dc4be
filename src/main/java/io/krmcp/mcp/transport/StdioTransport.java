package io.krmcp.mcp.transport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpStatelessServerHandler;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpStatelessServerTransport;

import io.krmcp.mcp.McpServerFactory;

/**
 * MCP over stdin/stdout, one JSON-RPC message per line. Written for this server instead of the SDK's provider
 * because that one ends the session on a malformed line and drops replies still in flight at end of input: here a
 * bad line gets a JSON-RPC parse error and reading goes on, and at EOF every call in flight is answered before
 * {@link #serve()} returns.
 */
public final class StdioTransport implements McpStatelessServerTransport {

    private static final Logger LOG = LoggerFactory.getLogger(StdioTransport.class);
    public static final int MAX_LINE_BYTES = 4 * 1024 * 1024;

    private final InputStream in;
    private final OutputStream out;
    private final McpJsonMapper json;
    private final Duration drainTimeout;
    /** Tool calls: as many threads as calls may run, plus a few for the limiter to refuse with; beyond, busy at once. */
    private final ExecutorService workers;
    /** Everything else (initialize, tools/list, ping, get_config): never queued behind tool calls. */
    private final ExecutorService control;
    /** A stdio process serves one client: one session id for its audit lines. */
    private final String session = UUID.randomUUID().toString();
    private volatile McpStatelessServerHandler handler;

    /**
     * @param maxConcurrentCalls {@code K8S_MCP_MAX_CONCURRENT_CALLS}: calls beyond it are refused at once, whether
     *     by the tools' limiter or, when every thread is taken, here
     */
    public StdioTransport(InputStream in, OutputStream out, McpJsonMapper json, int maxConcurrentCalls,
                          Duration drainTimeout) {
        this.in = in;
        this.out = out;
        this.json = json;
        this.drainTimeout = drainTimeout;
        AtomicInteger n = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(0, maxConcurrentCalls + SPARE_CALL_THREADS,
                30, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
                    Thread t = new Thread(r, "stdio-call-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        this.control = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "stdio-control-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Threads beyond the call limit, so the limiter itself can answer "busy" while every call hangs. */
    static final int SPARE_CALL_THREADS = 2;

    @Override
    public void setMcpHandler(McpStatelessServerHandler handler) {
        this.handler = handler;
    }

    @Override
    public Mono<Void> closeGracefully() {
        return Mono.fromRunnable(() -> {
            workers.shutdown();
            control.shutdown();
        });
    }

    /** Reads until end of input, then waits for the calls in flight and returns. */
    public void serve() throws IOException {
        LineReader reader = new LineReader(in, MAX_LINE_BYTES);
        while (true) {
            LineReader.Line line = reader.next();
            if (line == null) {
                break;
            }
            if (line.tooLong()) {
                writeError(null, McpSchema.ErrorCodes.INVALID_REQUEST,
                        "message exceeds " + MAX_LINE_BYTES + " bytes and was discarded");
                continue;
            }
            if (line.text().isBlank()) {
                continue;
            }
            try {
                dispatch(line.text());
            } catch (RuntimeException e) {
                // one message must never end the session
                LOG.warn("message could not be handled: {}", e.toString());
                writeError(null, McpSchema.ErrorCodes.INTERNAL_ERROR, "the message could not be handled");
            }
        }
        workers.shutdown();
        control.shutdown();
        try {
            if (!workers.awaitTermination(drainTimeout.toMillis(), TimeUnit.MILLISECONDS)
                    || !control.awaitTermination(1, TimeUnit.SECONDS)) {
                LOG.warn("calls still running {} after end of input; exiting", drainTimeout);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (out) {
            out.flush();
        }
    }

    private void dispatch(String line) {
        McpSchema.JSONRPCMessage message;
        try {
            message = McpSchema.deserializeJsonRpcMessage(json, line);
        } catch (IOException | RuntimeException e) {
            writeError(null, McpSchema.ErrorCodes.PARSE_ERROR, "Parse error: the line is not a JSON-RPC 2.0 message");
            return;
        }
        McpTransportContext context = McpTransportContext.create(Map.of("transport", "stdio",
                McpServerFactory.SESSION, session));
        if (message instanceof McpSchema.JSONRPCRequest request) {
            ExecutorService pool = isToolWork(request) ? workers : control;
            try {
                pool.execute(() -> answer(context, request));
            } catch (RejectedExecutionException e) {
                writeError(request.id(), McpSchema.ErrorCodes.INTERNAL_ERROR, pool.isShutdown()
                        ? "server is shutting down" : "server busy: every call slot is taken; retry shortly");
            }
        } else if (message instanceof McpSchema.JSONRPCNotification notification) {
            try {
                handler.handleNotification(context, notification).block();
            } catch (RuntimeException e) {
                LOG.debug("notification {} failed: {}", notification.method(), e.toString());
            }
        }
        // Responses from the client answer nothing we asked: a stateless server sends no requests.
    }

    /** A tool call that may reach the cluster; get_config and the protocol's own requests are answered aside. */
    private static boolean isToolWork(McpSchema.JSONRPCRequest request) {
        if (!McpSchema.METHOD_TOOLS_CALL.equals(request.method())) {
            return false;
        }
        return !(request.params() instanceof Map<?, ?> params && "get_config".equals(params.get("name")));
    }

    private void answer(McpTransportContext context, McpSchema.JSONRPCRequest request) {
        McpSchema.JSONRPCResponse response;
        try {
            response = handler.handleRequest(context, request)
                    .contextWrite(ctx -> ctx.put(McpTransportContext.KEY, context))
                    .block();
        } catch (RuntimeException e) {
            LOG.warn("request {} failed", request.method(), e);
            writeError(request.id(), McpSchema.ErrorCodes.INTERNAL_ERROR, "internal error handling " + request.method());
            return;
        }
        if (response != null) {
            write(response);
        }
    }

    /** Written by hand because the SDK's response type refuses the null id JSON-RPC requires for parse errors. */
    private void writeError(Object id, int code, String message) {
        try {
            String idJson = json.writeValueAsString(id);
            String messageJson = json.writeValueAsString(message);
            writeLine("{\"jsonrpc\":\"2.0\",\"id\":" + idJson + ",\"error\":{\"code\":" + code
                    + ",\"message\":" + messageJson + "}}");
        } catch (IOException e) {
            LOG.warn("could not write an error reply: {}", e.getMessage());
        }
    }

    private void write(McpSchema.JSONRPCMessage message) {
        try {
            writeLine(json.writeValueAsString(message));
        } catch (IOException e) {
            LOG.warn("could not write a reply to stdout: {}", e.getMessage());
        }
    }

    private void writeLine(String line) {
        byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            synchronized (out) {
                out.write(bytes);
                out.flush();
            }
        } catch (IOException e) {
            LOG.warn("could not write a reply to stdout: {}", e.getMessage());
        }
    }

    /** Reads '\n'-terminated lines as UTF-8, never buffering more than the limit. */
    static final class LineReader {
        record Line(String text, boolean tooLong) {
        }

        private final InputStream in;
        private final int max;
        private final byte[] buffer = new byte[64 * 1024];
        private int pos;
        private int len;

        LineReader(InputStream in, int max) {
            this.in = in;
            this.max = max;
        }

        Line next() throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            boolean tooLong = false;
            boolean any = false;
            while (true) {
                if (pos == len) {
                    len = in.read(buffer);
                    pos = 0;
                    if (len <= 0) {
                        len = 0;
                        return any ? finish(line, tooLong) : null;
                    }
                }
                any = true;
                int start = pos;
                while (pos < len && buffer[pos] != '\n') {
                    pos++;
                }
                int chunk = pos - start;
                if (!tooLong && line.size() + chunk > max) {
                    tooLong = true;
                    line.reset();
                }
                if (!tooLong) {
                    line.write(buffer, start, chunk);
                }
                if (pos < len) {
                    pos++;
                    return finish(line, tooLong);
                }
            }
        }

        private static Line finish(ByteArrayOutputStream line, boolean tooLong) {
            if (tooLong) {
                return new Line("", true);
            }
            String text = line.toString(StandardCharsets.UTF_8);
            if (text.endsWith("\r")) {
                text = text.substring(0, text.length() - 1);
            }
            return new Line(text, false);
        }
    }
}
