package io.krmcp.mcp.transport;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Reads every request body in full, without holding a thread, before the request reaches a servlet: a client that
 * trickles its body a byte at a time is cut off when the read deadline passes, and one client may have only so many
 * bodies being read at once. Servlets read their body blocking, so without this, a few dozen slow senders would take
 * every thread and leave none for {@code /mcp} calls or {@code /healthz}.
 */
final class SlowClientHandler extends Handler.Wrapper {

    private final Duration readDeadline;
    private final int maxBytes;
    private final int perClient;
    private final ConcurrentHashMap<String, AtomicInteger> reading = new ConcurrentHashMap<>();

    /**
     * @param readDeadline how long a body may take to arrive in full
     * @param maxBytes the largest body accepted
     * @param perClient bodies one remote address may have being read at once
     */
    SlowClientHandler(Handler handler, Duration readDeadline, int maxBytes, int perClient) {
        super(handler);
        this.readDeadline = readDeadline;
        this.maxBytes = maxBytes;
        this.perClient = perClient;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!"POST".equals(request.getMethod())) {
            return super.handle(request, response, callback);
        }
        String client = Request.getRemoteAddr(request);
        AtomicInteger count = reading.computeIfAbsent(client, k -> new AtomicInteger());
        if (count.incrementAndGet() > perClient) {
            release(client, count);
            reject(response, callback, 429, "too many requests from this client are still sending their body; "
                    + "retry shortly");
            return true;
        }
        CompletableFuture<ByteBuffer> body = Content.Source.asByteBufferAsync(request, maxBytes + 1)
                .orTimeout(readDeadline.toMillis(), TimeUnit.MILLISECONDS);
        body.whenComplete((buffer, failure) -> {
            release(client, count);
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            if (cause instanceof TimeoutException) {
                reject(response, callback, 408, "the request body did not arrive within "
                        + readDeadline.toSeconds() + " s");
            } else if (cause != null || buffer.remaining() > maxBytes) {
                reject(response, callback, 413, "the request body is larger than " + maxBytes + " bytes");
            } else {
                getServer().getThreadPool().execute(() -> forward(request, buffer, response, callback));
            }
        });
        return true;
    }

    private void forward(Request request, ByteBuffer buffer, Response response, Callback callback) {
        Request buffered = new Request.Wrapper(request) {
            private boolean read;

            @Override
            public Content.Chunk read() {
                if (read) {
                    return Content.Chunk.EOF;
                }
                read = true;
                return Content.Chunk.from(buffer, true);
            }

            @Override
            public void demand(Runnable demandCallback) {
                demandCallback.run();
            }
        };
        try {
            if (!super.handle(buffered, response, callback)) {
                reject(response, callback, 404, "not found");
            }
        } catch (Throwable t) {
            callback.failed(t);
        }
    }

    private void release(String client, AtomicInteger count) {
        if (count.decrementAndGet() <= 0) {
            reading.remove(client, count);
        }
    }

    /** A JSON-RPC error body, as every other refusal on {@code /mcp}; the connection closes after it. */
    private static void reject(Response response, Callback callback, int status, String message) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        String json = "{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32600,\"message\":\""
                + message.replace("\"", "'") + "\"}}";
        response.write(true, ByteBuffer.wrap(json.getBytes(StandardCharsets.UTF_8)), callback);
    }
}
