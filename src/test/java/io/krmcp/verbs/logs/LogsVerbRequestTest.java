package io.krmcp.verbs.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.http.RecordedRequest;

import io.krmcp.TestRunners;
import io.krmcp.audit.CommandOutcome;
import io.krmcp.flow.CommandRunner;

/** The exact log requests sent, and the container rules, asserted on what the mock received. */
@EnableKubernetesMockClient
class LogsVerbRequestTest {

    KubernetesMockServer server;
    KubernetesClient client;
    CommandRunner kubectl;

    static final String POD = """
            {"apiVersion":"v1","kind":"Pod","metadata":{"name":"web","namespace":"prod"%s},
             "spec":{"initContainers":[{"name":"migrate"}],"containers":[{"name":"app"},{"name":"proxy"}]}}""";

    @BeforeEach
    void setUp() {
        kubectl = TestRunners.runner(client, Clock.systemUTC(), Map.of());
    }

    private RecordedRequest last() throws InterruptedException {
        RecordedRequest r = null;
        for (int i = server.getRequestCount(); i > 0; i--) {
            r = server.takeRequest();
        }
        return r;
    }

    @Test
    void everyOptionBecomesALogQueryParameter() throws Exception {
        server.expect().get().withPath("/api/v1/namespaces/prod/pods/web").andReturn(200, POD.formatted("")).always();
        String path = "/api/v1/namespaces/prod/pods/web/log?container=proxy&previous=true&sinceSeconds=300"
                + "&timestamps=true&tailLines=20&limitBytes=4096";
        server.expect().get().withPath(path).andReturn(200, "line\n").always();
        CommandOutcome o = TestRunners.run(kubectl,
                "logs web -n prod -c proxy -p --since=5m --timestamps --tail=20 --limit-bytes=4096");
        assertEquals("line\n", o.stdout(), o.stderr());
        assertEquals(path, last().getPath());
    }

    @Test
    void severalContainersDefaultToTheFirstAndSaySo() throws Exception {
        server.expect().get().withPath("/api/v1/namespaces/prod/pods/web").andReturn(200, POD.formatted("")).always();
        server.expect().get().withPath("/api/v1/namespaces/prod/pods/web/log?container=app").andReturn(200, "a\n")
                .always();
        CommandOutcome o = TestRunners.run(kubectl, "logs web -n prod");
        assertEquals("a\n", o.stdout());
        assertEquals("Defaulted container \"app\" out of: app, proxy, migrate (init)\n", o.stderr());
    }

    @Test
    void defaultContainerAnnotationIsHonouredSilently() {
        server.expect().get().withPath("/api/v1/namespaces/prod/pods/web").andReturn(200, POD.formatted(
                ",\"annotations\":{\"kubectl.kubernetes.io/default-container\":\"proxy\"}")).always();
        server.expect().get().withPath("/api/v1/namespaces/prod/pods/web/log?container=proxy").andReturn(200, "p\n")
                .always();
        CommandOutcome o = TestRunners.run(kubectl, "logs web -n prod");
        assertEquals("p\n", o.stdout());
        assertEquals("", o.stderr());
    }

    @Test
    void allContainersReadsInitThenRegular() {
        server.expect().get().withPath("/api/v1/namespaces/prod/pods/web").andReturn(200, POD.formatted("")).always();
        for (String c : new String[] {"migrate", "app", "proxy"}) {
            server.expect().get().withPath("/api/v1/namespaces/prod/pods/web/log?container=" + c)
                    .andReturn(200, c + " says hi\n").always();
        }
        assertEquals("migrate says hi\napp says hi\nproxy says hi\n",
                TestRunners.run(kubectl, "logs web -n prod --all-containers").stdout());
    }

    @Test
    void selectorDefaultsToTenLinesPerPod() throws Exception {
        server.expect().get().withPath("/api/v1/namespaces/prod/pods?labelSelector=app%3Dweb").andReturn(200,
                "{\"kind\":\"PodList\",\"items\":[" + POD.formatted("") + "]}").always();
        server.expect().get().withPath("/api/v1/namespaces/prod/pods/web/log?container=app&tailLines=10")
                .andReturn(200, "x\n").always();
        CommandOutcome o = TestRunners.run(kubectl, "logs -l app=web -n prod");
        assertEquals("x\n", o.stdout(), o.stderr());
        assertTrue(last().getPath().endsWith("tailLines=10"));
    }

    @Test
    void badContainerIsRefusedBeforeTheServerIsAsked() throws Exception {
        server.expect().get().withPath("/api/v1/namespaces/prod/pods/web").andReturn(200, POD.formatted("")).always();
        int before = server.getRequestCount();
        CommandOutcome o = TestRunners.run(kubectl, "logs web -n prod -c nope");
        assertEquals(1, o.returnCode());
        assertEquals("error: container nope is not valid for pod web out of: app, proxy, migrate (init)\n", o.stderr());
        assertEquals(1, server.getRequestCount() - before, "the pod is read, no log is asked for");
    }
}
