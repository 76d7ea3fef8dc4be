package io.krmcp.kube;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.ExecWatch;
import io.fabric8.kubernetes.client.http.WebSocketHandshakeException;

/**
 * One non-interactive command in a container: stdout and stderr captured separately (each up to a byte limit, the
 * rest counted and dropped so a chatty command cannot fill the heap), the exit code from the status channel, and the
 * WebSocket closed at the deadline whatever the command is doing.
 */
public final class PodExec {

    /**
     * @param exitCode the command's exit code, or -1 when the deadline came first
     * @param dropped bytes beyond the limit, not kept
     */
    public record Result(String stdout, String stderr, int exitCode, boolean timedOut, long dropped) {
    }

    private PodExec() {
    }

    static Result run(KubernetesClient client, String namespace, String pod, String container, List<String> command,
                      int maxBytes, Deadline deadline) throws ApiException {
        Capped out = new Capped(maxBytes);
        Capped err = new Capped(maxBytes);
        ExecWatch watch;
        try {
            // no readiness wait: the verb has read the pod already, and fabric8's wait would start an informer
            watch = client.pods().inNamespace(namespace).withName(pod).inContainer(container).withReadyWaitTimeout(0)
                    .writingOutput(out).writingError(err).exec(command.toArray(String[]::new));
        } catch (KubernetesClientException e) {
            throw failure(e);
        }
        try (watch) {
            Integer code = watch.exitCode().get(Math.max(1, deadline.remaining().toMillis()), TimeUnit.MILLISECONDS);
            // the streams are pumped on their own thread: give the last frames a moment after the status arrives
            Thread.sleep(20);
            if (code == null) {
                throw ApiException.fromServer(500, "InternalError", "the exec stream closed without the command's "
                        + "exit status");
            }
            return new Result(out.text(), err.text(), code, false, out.dropped + err.dropped);
        } catch (TimeoutException e) {
            return new Result(out.text(), err.text(), -1, true, out.dropped + err.dropped);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(out.text(), err.text(), -1, true, out.dropped + err.dropped);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof KubernetesClientException k ? failure(k)
                    : ApiException.fromServer(500, "InternalError", String.valueOf(e.getCause()));
        }
    }

    /** The upgrade was refused (no such pod or container, RBAC): kubectl's {@code Error from server} line. */
    private static ApiException failure(KubernetesClientException e) {
        Status status = e.getStatus();
        boolean generic = status == null || status.getMessage() == null
                || status.getMessage().equals("An error has occurred.");
        if (!generic) {
            return ApiException.fromServer(e.getCode(), status.getReason(), status.getMessage());
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof WebSocketHandshakeException handshake) {
                // the HTTP client keeps no body for a refused upgrade: say what kubectl says, with the status
                int code = handshake.getResponse() == null ? 0 : handshake.getResponse().code();
                return new ApiException(code, "UpgradeFailed", "error: unable to upgrade connection: the server "
                        + "answered " + code + (code == 400 ? " (is the container running?)" : code == 403
                        ? " (Forbidden: the ServiceAccount may not create pods/exec)" : ""));
            }
        }
        return ApiException.fromServer(e.getCode() > 0 ? e.getCode() : 500, null,
                e.getMessage() == null ? "the exec connection failed" : e.getMessage());
    }

    private static final class Capped extends OutputStream {
        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
        private final int limit;
        private long dropped;

        Capped(int limit) {
            this.limit = limit;
        }

        @Override
        public synchronized void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            int room = Math.max(0, limit - kept.size());
            int keep = Math.min(room, len);
            kept.write(b, off, keep);
            dropped += len - keep;
        }

        synchronized String text() {
            return kept.toString(StandardCharsets.UTF_8);
        }
    }
}
