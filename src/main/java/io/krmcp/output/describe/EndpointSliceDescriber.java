package io.krmcp.output.describe;

import static io.krmcp.output.describe.PrefixWriter.LEVEL_0;
import static io.krmcp.output.describe.PrefixWriter.LEVEL_1;
import static io.krmcp.output.describe.PrefixWriter.LEVEL_2;
import static io.krmcp.output.describe.PrefixWriter.LEVEL_3;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** kubectl's {@code describeEndpointSliceV1}: address type, ports, then each endpoint with its conditions. */
public final class EndpointSliceDescriber implements Describer {

    @Override
    public String describe(JsonNode eps, Related related, Instant now) {
        PrefixWriter w = new PrefixWriter();
        DescribeSections.header(w, eps);
        w.write(LEVEL_0, "AddressType:\t" + eps.path("addressType").asText("") + "\n");
        if (eps.path("ports").isEmpty()) {
            w.write(LEVEL_0, "Ports: <unset>\n");
        } else {
            w.write(LEVEL_0, "Ports:\n");
            w.write(LEVEL_1, "Name\tPort\tProtocol\n");
            w.write(LEVEL_1, "----\t----\t--------\n");
            for (JsonNode port : eps.path("ports")) {
                String name = port.path("name").asText("");
                w.write(LEVEL_1, (name.isEmpty() ? "<unset>" : name) + "\t"
                        + (port.path("port").isNumber() ? port.path("port").asText() : "<unset>") + "\t"
                        + port.path("protocol").asText("") + "\n");
            }
        }
        if (eps.path("endpoints").isEmpty()) {
            w.write(LEVEL_0, "Endpoints: <none>\n");
        } else {
            w.write(LEVEL_0, "Endpoints:\n");
            for (JsonNode e : eps.path("endpoints")) {
                List<String> addresses = new ArrayList<>();
                e.path("addresses").forEach(a -> addresses.add(a.asText()));
                String joined = String.join(", ", addresses);
                w.write(LEVEL_1, "- Addresses:\t" + (joined.isEmpty() ? "<none>" : joined) + "\n");
                w.write(LEVEL_2, "Conditions:\n");
                JsonNode ready = e.path("conditions").path("ready");
                w.write(LEVEL_3, "Ready:\t" + (ready.isBoolean() ? ready.asText() : "<unset>") + "\n");
                w.write(LEVEL_2, "Hostname:\t" + e.path("hostname").asText("<unset>") + "\n");
                if (e.path("targetRef").isObject()) {
                    w.write(LEVEL_2, "TargetRef:\t" + e.path("targetRef").path("kind").asText("") + "/"
                            + e.path("targetRef").path("name").asText("") + "\n");
                }
                w.write(LEVEL_2, "NodeName:\t" + e.path("nodeName").asText("<unset>") + "\n");
                w.write(LEVEL_2, "Zone:\t" + e.path("zone").asText("<unset>") + "\n");
            }
        }
        DescribeSections.events(w, related, now);
        return w.toString();
    }
}
