package io.krmcp;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.fabric8.mockwebserver.http.RecordedRequest;

import io.krmcp.audit.CommandOutcome;
import io.krmcp.demo.DemoCluster;
import io.krmcp.flow.CommandRunner;

/**
 * The demo cluster with its clock fixed, and the production request flow over it: what most verb tests run
 * against, so ages and golden files never drift.
 */
public final class DemoKubectl implements AutoCloseable {

    public static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private final DemoCluster cluster;
    private final CommandRunner runner;
    private int taken;

    private DemoKubectl(DemoCluster cluster) {
        this.cluster = cluster;
        this.runner = TestRunners.runner(cluster.client(), CLOCK, Map.of());
    }

    public static DemoKubectl start() throws Exception {
        return new DemoKubectl(DemoCluster.start(CLOCK));
    }

    /** A space-separated command line (no argument may contain a space). */
    public CommandOutcome run(String line) {
        return TestRunners.run(runner, line);
    }

    public CommandOutcome runArgs(String... args) {
        return runner.run(List.of(args));
    }

    /** The same cluster under other settings. */
    public CommandRunner with(Map<String, String> env) {
        return TestRunners.runner(cluster.client(), CLOCK, env);
    }

    /** The requests the demo's API server received since the last call, oldest first. */
    public List<RecordedRequest> requests() throws InterruptedException {
        List<RecordedRequest> out = new ArrayList<>();
        var server = cluster.mockServer();
        while (taken < server.getRequestCount()) {
            out.add(server.takeRequest());
            taken++;
        }
        return out;
    }

    public DemoCluster cluster() {
        return cluster;
    }

    @Override
    public void close() {
        cluster.close();
    }
}
