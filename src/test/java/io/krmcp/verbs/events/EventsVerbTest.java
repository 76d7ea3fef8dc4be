package io.krmcp.verbs.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.krmcp.DemoKubectl;
import io.krmcp.MockApi;
import io.krmcp.TestRunners;
import io.krmcp.audit.CommandOutcome;
import io.krmcp.flow.CommandRunner;

/** {@code kubectl events}: order, --for as kubectl's field selector, --types, -A and the empty answer. */
class EventsVerbTest {

    @RegisterExtension
    final MockApi api = new MockApi();

    DemoKubectl demo;
    CommandRunner kubectl;

    @BeforeEach
    void start() throws Exception {
        demo = DemoKubectl.start();
        kubectl = demo.with(Map.of("KUBECTL_ALLOWED_COMMANDS", "events"));
    }

    @AfterEach
    void stop() {
        demo.close();
    }

    CommandOutcome run(String line) {
        return TestRunners.run(kubectl, line);
    }

    @Test
    void listsOldestFirstWithRepeatIntervals() {
        String out = run("events -n shop").stdout();
        String[] lines = out.split("\n");
        assertEquals("LAST SEEN            TYPE      REASON              OBJECT                                "
                + "MESSAGE", lines[0]);
        assertTrue(lines[1].startsWith("25m                  Normal    ScalingReplicaSet   Deployment/checkout"), out);
        assertTrue(lines[3].startsWith("4m (x25 over 120m)   Warning   FailedScheduling"), out);
        assertTrue(lines[4].startsWith("2m (x31 over 24m)    Warning   BackOff             "
                + "Pod/checkout-6c8d9f7b5-q8wzt"), out);
    }

    @Test
    void forSendsKubectlsInvolvedObjectSelector() throws Exception {
        demo.requests();
        CommandOutcome o = run("events --for deploy/checkout -n shop");
        assertEquals(3, o.stdout().split("\n").length, o.stdout());
        String path = demo.requests().stream().map(r -> r.getPath()).filter(p -> p.contains("/events"))
                .findFirst().orElseThrow();
        assertEquals("/api/v1/namespaces/shop/events?fieldSelector=involvedObject.kind%3DDeployment%2C"
                + "involvedObject.apiVersion%3Dapps%2Fv1%2CinvolvedObject.name%3Dcheckout&limit=500", path);
        assertEquals("error: --for must be in resource/name form\n", run("events --for checkout -n shop").stderr());
    }

    @Test
    void typesFilterAndAllNamespacesAddTheNamespaceColumn() {
        String out = run("events -A --types=Warning").stdout();
        assertTrue(out.startsWith("NAMESPACE   LAST SEEN            TYPE      REASON"), out);
        assertEquals(3, out.split("\n").length, out);
        assertTrue(out.lines().skip(1).allMatch(l -> l.contains(" Warning ")), out);
        assertEquals("error: valid --types are Normal or Warning\n", run("events --types=Error").stderr());
    }

    @Test
    void noEventsIsSaidOnStderrAndStructuredOutputIsAnEventList() throws Exception {
        CommandOutcome none = run("events --for pod/nothing -n shop");
        assertEquals(0, none.returnCode());
        assertEquals("No events found in shop namespace.\n", none.stderr());
        var list = new ObjectMapper().readTree(run("events -n shop --types=Warning -o json").stdout());
        assertEquals("EventList", list.path("kind").asText());
        assertEquals(2, list.path("items").size());
        assertEquals("Event", list.at("/items/0/kind").asText());
        assertTrue(run("events -n shop -o name").stdout().startsWith("event/"));
    }

    /** The fixture served as the real kubectl saw it, at its clock; each case compared with kubectl's output. */
    @Test
    void printsWhatKubectlPrints() throws Exception {
        var fixture = new ObjectMapper().readTree(Path.of("src/test/resources/events-fixture.json")
                .toFile());
        fixture.path("paths").fields().forEachRemaining(e -> api.expect().get()
                .withPath(e.getKey() + "?limit=500").andReturn(200, e.getValue().toString()).always());
        var clock = Clock.fixed(Instant.parse(fixture.path("now").asText()), ZoneOffset.UTC);
        CommandRunner runner = api.runner(clock, Map.of("KUBECTL_ALLOWED_COMMANDS", "events"));
        var dir = Path.of("src/test/resources/events/kubectl");
        var cases = Files.readAllLines(dir.resolve("cases.txt"));
        for (int i = 0; i < cases.size(); i++) {
            CommandOutcome o = TestRunners.run(runner, cases.get(i));
            assertEquals(Files.readString(dir.resolve("case" + (i + 1) + ".txt")), o.stdout(),
                    cases.get(i) + "\n" + o.stderr());
        }
    }
}
