package io.krmcp.verbs.describe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.krmcp.MockApi;
import io.krmcp.TestRunners;
import io.krmcp.audit.CommandOutcome;

/**
 * Describing every object of a type stops once the descriptions are past the output cap: each further one would
 * cost a request for its events and be cut away. Looking for a name prefix still reads every page.
 */
class DescribeOutputCapTest {

    @RegisterExtension
    final MockApi api = new MockApi();

    private void thirtyConfigMaps() {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            items.append(i == 0 ? "" : ",").append("{\"kind\":\"ConfigMap\",\"apiVersion\":\"v1\",\"metadata\":"
                    + "{\"name\":\"cm-").append(i).append("\",\"namespace\":\"default\"},\"data\":{\"k\":\"v\"}}");
        }
        api.expect().get().withPath("/api/v1/namespaces/default/configmaps?limit=500")
                .andReturn(200, "{\"kind\":\"ConfigMapList\",\"metadata\":{},\"items\":[" + items + "]}").always();
    }

    @Test
    void describingStopsOnceTheOutputIsPastTheCap() throws Exception {
        thirtyConfigMaps();
        CommandOutcome o = TestRunners.run(api.runner(Map.of("KUBECTL_MAX_OUTPUT_BYTES", "1000")), "describe cm");
        Matcher stopped = Pattern.compile("describe of configmaps stopped after (\\d+) objects").matcher(o.stderr());
        assertTrue(stopped.find(), o.stderr());
        int described = Integer.parseInt(stopped.group(1));
        assertTrue(described > 1 && described < 30, o.stderr());
        assertTrue(o.stdout().contains("[output truncated:"), o.stdout());
        long eventLookups = api.paths("GET").stream().filter(p -> p.contains("/events")).count();
        assertEquals(described, eventLookups, "one events lookup per object described, none for the rest");
    }

    @Test
    void underTheCapEveryObjectIsDescribed() throws Exception {
        thirtyConfigMaps();
        CommandOutcome o = TestRunners.run(api.runner(Map.of()), "describe cm");
        assertEquals(30, o.stdout().split("\nName:", -1).length);
        assertEquals("", o.stderr());
    }
}
