package io.krmcp;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.dsl.MockServerExpectation;
import io.fabric8.mockwebserver.http.RecordedRequest;

import io.krmcp.flow.CommandRunner;
import io.krmcp.kube.ApiDiscovery;
import io.krmcp.kube.Deadline;
import io.krmcp.kube.KubeApi;
import io.krmcp.kube.model.ResourceTypes;
import io.krmcp.verbs.VerbContext;

/**
 * The one JUnit extension for tests against fabric8's mock API server in expectations mode: a fresh server and
 * client per test, the production request flow over it, and the requests it received (the mock is lax about what it
 * accepts, so tests assert on what was sent). Register it with {@code @RegisterExtension final MockApi api = new
 * MockApi();}.
 */
public final class MockApi implements BeforeEachCallback, AfterEachCallback {

    private KubernetesMockServer server;
    private KubernetesClient client;
    private int taken;

    @Override
    public void beforeEach(ExtensionContext context) {
        server = new KubernetesMockServer(false);
        server.init(InetAddress.getLoopbackAddress(), 0);
        client = server.createClient();
        taken = 0;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        client.close();
        server.destroy();
    }

    public KubernetesMockServer server() {
        return server;
    }

    public KubernetesClient client() {
        return client;
    }

    /** Starts an expectation: {@code api.expect().get().withPath(...).andReturn(...)}. */
    public MockServerExpectation expect() {
        return server.expect();
    }

    /** The production request flow over this server, its settings read from {@code env}. */
    public CommandRunner runner(Clock clock, Map<String, String> env) {
        return TestRunners.runner(client, clock, env);
    }

    public CommandRunner runner(Map<String, String> env) {
        return runner(Clock.systemUTC(), env);
    }

    /** What a verb is given while it runs, for testing the pieces verbs are built from. */
    public VerbContext verbContext(String namespace, Duration deadline) {
        KubeApi api = new KubeApi(client, new ObjectMapper());
        return new VerbContext(api, new ResourceTypes(new ApiDiscovery(api), Clock.systemUTC()), namespace,
                Deadline.in(deadline), Clock.systemUTC(), 1 << 20);
    }

    /** The requests received since the last look, oldest first. */
    public List<RecordedRequest> requests() throws InterruptedException {
        List<RecordedRequest> out = new ArrayList<>();
        for (; taken < server.getRequestCount(); taken++) {
            out.add(server.takeRequest());
        }
        return out;
    }

    /** The newest request since the last look, or null. */
    public RecordedRequest lastRequest() throws InterruptedException {
        List<RecordedRequest> all = requests();
        return all.isEmpty() ? null : all.get(all.size() - 1);
    }

    /** The newest request with this method since the last look, or null. */
    public RecordedRequest lastRequest(String method) throws InterruptedException {
        RecordedRequest last = null;
        for (RecordedRequest r : requests()) {
            if (r.getMethod().equals(method)) {
                last = r;
            }
        }
        return last;
    }

    /** The paths (with query) of the requests since the last look that used this method. */
    public List<String> paths(String method) throws InterruptedException {
        return requests().stream().filter(r -> r.getMethod().equals(method)).map(RecordedRequest::getPath).toList();
    }
}
