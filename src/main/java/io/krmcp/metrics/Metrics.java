package io.krmcp.metrics;

import java.time.Duration;
import java.util.Set;
import java.util.function.IntSupplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import io.krmcp.audit.CallListener;
import io.krmcp.audit.Caller;
import io.krmcp.audit.CommandOutcome;
import io.krmcp.kube.KubeApi;

/**
 * What {@code /metrics} shows, in Prometheus' text format: tool calls by tool, verb and outcome, their latency
 * histogram, policy denials by layer, API requests by method and status class and API errors, calls in flight (the
 * server keeps no sessions: it is stateless), and the JVM's own metrics. Labels take a bounded set of values: a verb
 * this server does not know is counted as {@code other}.
 *
 * <p>Counting starts when a transport that serves {@code /metrics} starts it. A stdio server has no such endpoint, and
 * building the registry and binding the JVM's management beans took 0.4 s of its start-up before {@code initialize}
 * could be answered; until started, this class loads none of the metrics library.
 */
public final class Metrics implements CallListener, KubeApi.Observer {

    private final Set<String> verbs;
    private final IntSupplier callsInFlight;
    private volatile Recorder recorder;

    public Metrics(Set<String> knownVerbs, IntSupplier callsInFlight) {
        this.verbs = Set.copyOf(knownVerbs);
        this.callsInFlight = callsInFlight;
    }

    /** Starts counting; what happened before is not counted. */
    public synchronized void start() {
        if (recorder == null) {
            recorder = new Recorder(callsInFlight);
        }
    }

    @Override
    public void command(String tool, Caller caller, CommandOutcome outcome, long nanos) {
        Recorder r = recorder;
        if (r != null) {
            String verb = verbOf(outcome.command());
            String result = outcome.denial().isPresent() ? "denied" : outcome.returnCode() == 0 ? "ok" : "error";
            r.call(tool, verb, result, nanos);
            outcome.denial().ifPresent(d -> r.denial(d.layer()));
        }
    }

    @Override
    public void invalidInput(String tool, Caller caller, String why, long nanos) {
        Recorder r = recorder;
        if (r != null) {
            r.call(tool, "-", "invalid", nanos);
        }
    }

    @Override
    public void simple(String tool, Caller caller, long nanos) {
        Recorder r = recorder;
        if (r != null) {
            r.call(tool, "-", "ok", nanos);
        }
    }

    @Override
    public void response(String method, int status) {
        Recorder r = recorder;
        if (r != null) {
            r.response(method, status);
        }
    }

    /** The verb of {@code kubectl [-n ns] VERB ...}, or {@code other} for one this server does not implement. */
    String verbOf(String command) {
        String[] words = command.split(" ");
        for (int i = 1; i < words.length; i++) {
            String w = words[i];
            if (w.equals("-n") || w.equals("--namespace")) {
                i++;
            } else if (!w.startsWith("-")) {
                return verbs.contains(w) ? w : "other";
            }
        }
        return "other";
    }

    /** The registry in Prometheus' text format. */
    public String scrape() {
        Recorder r = recorder;
        if (r == null) {
            throw new IllegalStateException("metrics were not started");
        }
        return r.registry.scrape();
    }

    /** The metrics library's side: loaded only when counting starts. */
    private static final class Recorder {

        private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

        @SuppressWarnings("resource") // the GC metrics live as long as the process
        Recorder(IntSupplier callsInFlight) {
            new JvmMemoryMetrics().bindTo(registry);
            new JvmGcMetrics().bindTo(registry);
            new JvmThreadMetrics().bindTo(registry);
            new ClassLoaderMetrics().bindTo(registry);
            new ProcessorMetrics().bindTo(registry);
            new UptimeMetrics().bindTo(registry);
            Gauge.builder("krmcp.calls.in.flight", callsInFlight::getAsInt)
                    .description("tool calls being served now").register(registry);
        }

        void call(String tool, String verb, String outcome, long nanos) {
            Counter.builder("krmcp.tool.calls").tag("tool", tool).tag("verb", verb).tag("outcome", outcome)
                    .description("tool calls by tool, verb and outcome").register(registry).increment();
            Timer.builder("krmcp.tool.call.duration").tag("tool", tool).tag("verb", verb)
                    .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(1))
                    .maximumExpectedValue(Duration.ofMinutes(5))
                    .description("tool call latency").register(registry).record(Duration.ofNanos(nanos));
        }

        void denial(String layer) {
            Counter.builder("krmcp.policy.denials").tag("layer", layer)
                    .description("commands the policy refused, by the layer that refused them").register(registry)
                    .increment();
        }

        void response(String method, int status) {
            String code = status > 0 ? (status / 100) + "xx" : status == 0 ? "unreachable" : "timeout";
            Counter.builder("krmcp.api.requests").tag("method", method).tag("status", code)
                    .description("requests sent to the Kubernetes API server").register(registry).increment();
            if (status <= 0 || status >= 400) {
                Counter.builder("krmcp.api.errors").tag("method", method).tag("status", status > 0
                                ? String.valueOf(status) : code)
                        .description("API requests that failed, by status").register(registry).increment();
            }
        }
    }
}
