package io.krmcp.verbs.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.fabric8.mockwebserver.http.RecordedRequest;

import io.krmcp.MockApi;
import io.krmcp.TestRunners;
import io.krmcp.audit.CommandOutcome;
import io.krmcp.flow.CommandRunner;

/** The exact log requests sent, and the container rules, asserted on what the mock received. */
class LogsVerbRequestTest {

    @RegisterExtension
    final MockApi api = new MockApi();
    CommandRunner kubectl;

    static final String POD = """
            {"apiVersion":"v1","kind":"Pod","metadata":{"name":"web","namespace":"prod"%s},
             "spec":{"initContainers":[{"name":"migrate"}],"containers":[{"name":"app"},{"name":"proxy"}]}}""";

    @BeforeEach
    void setUp() {
        kubectl = api.runner(Clock.systemUTC(), Map.of());
    }

    private RecordedRequest last() throws InterruptedException {
        return api.lastRequest();
    }

    @Test
    void everyOptionBecomesALogQueryParameter() throws Exception {
        api.expect().get().withPath("/api/v1/namespaces/prod/pods/web").andReturn(200, POD.formatted("")).always();
        String path = "/api/v1/namespaces/prod/pods/web/log?container=proxy&previous=true&sinceSeconds=300"
                + "&timestamps=true&tailLines=20&limitBytes=4096";
        api.expect().get().withPath(path).andReturn(200, "line\n").always();
        CommandOutcome o = TestRunners.run(kubectl,
                "logs web -n prod -c proxy -p --since=5m --timestamps --tail=20 --limit-bytes=4096");
        assertEquals("line\n", o.stdout(), o.stderr());
        assertEquals(path, last().getPath());
    }

    @Test
    void severalContainersDefaultToTheFirstAndSaySo() throws Exception {
        api.expect().get().withPath("/api/v1/namespaces/prod/pods/web").andReturn(200, POD.formatted("")).always();
        api.expect().get().withPath("/api/v1/namespaces/prod/pods/web/log?container=app").andReturn(200, "a\n")
                .always();
        CommandOutcome o = TestRunners.run(kubectl, "logs web -n prod");
        assertEquals("a\n", o.stdout());
        assertEquals("Defaulted container \"app\" out of: app, proxy, migrate (init)\n", o.stderr());
    }

    @Test
    void defaultContainerAnnotationIsHonouredSilently() {
        api.expect().get().withPath("/api/v1/namespaces/prod/pods/web").andReturn(200, POD.formatted(
                ",\"annotations\":{\"kubectl.kubernetes.io/default-container\":\"proxy\"}")).always();
        api.expect().get().withPath("/api/v1/namespaces/prod/pods/web/log?container=proxy").andReturn(200, "p\n")
                .always();
        CommandOutcome o = TestRunners.run(kubectl, "logs web -n prod");
        assertEquals("p\n", o.stdout());
        assertEquals("", o.stderr());
    }

    @Test
    void allContainersReadsInitThenRegular() {
        api.expect().get().withPath("/api/v1/namespaces/prod/pods/web").andReturn(200, POD.formatted("")).always();
        for (String c : new String[] {"migrate", "app", "proxy"}) {
            api.expect().get().withPath("/api/v1/namespaces/prod/pods/web/log?container=" + c)
                    .andReturn(200, c + " says hi\n").always();
        }
        assertEquals("migrate says hi\napp says hi\nproxy says hi\n",
                TestRunners.run(kubectl, "logs web -n prod --all-containers").stdout());
    }

    @Test
    void selectorDefaultsToTenLinesPerPod() throws Exception {
        api.expect().get().withPath("/api/v1/namespaces/prod/pods?labelSelector=app%3Dweb").andReturn(200,
                "{\"kind\":\"PodList\",\"items\":[" + POD.formatted("") + "]}").always();
        api.expect().get().withPath("/api/v1/namespaces/prod/pods/web/log?container=app&tailLines=10")
                .andReturn(200, "x\n").always();
        CommandOutcome o = TestRunners.run(kubectl, "logs -l app=web -n prod");
        assertEquals("x\n", o.stdout(), o.stderr());
        assertTrue(last().getPath().endsWith("tailLines=10"));
    }

    @Test
    void badContainerIsRefusedBeforeTheServerIsAsked() throws Exception {
        api.expect().get().withPath("/api/v1/namespaces/prod/pods/web").andReturn(200, POD.formatted("")).always();
        int before = api.server().getRequestCount();
        CommandOutcome o = TestRunners.run(kubectl, "logs web -n prod -c nope");
        assertEquals(1, o.returnCode());
        assertEquals("error: container nope is not valid for pod web out of: app, proxy, migrate (init)\n", o.stderr());
        assertEquals(1, api.server().getRequestCount() - before, "the pod is read, no log is asked for");
    }
}
