package io.krmcp.output.describe;

import static io.krmcp.output.describe.PrefixWriter.LEVEL_0;
import static io.krmcp.output.describe.PrefixWriter.LEVEL_1;
import static io.krmcp.output.describe.PrefixWriter.LEVEL_2;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** kubectl's {@code describeEndpoints}: each subset's ready and not-ready addresses and its ports. */
public final class EndpointsDescriber implements Describer {

    @Override
    public String describe(JsonNode ep, Related related, Instant now) {
        PrefixWriter w = new PrefixWriter();
        DescribeSections.header(w, ep);
        w.write(LEVEL_0, "Subsets:\n");
        for (JsonNode subset : ep.path("subsets")) {
            w.write(LEVEL_1, "Addresses:\t" + ips(subset.path("addresses")) + "\n");
            w.write(LEVEL_1, "NotReadyAddresses:\t" + ips(subset.path("notReadyAddresses")) + "\n");
            if (!subset.path("ports").isEmpty()) {
                w.write(LEVEL_1, "Ports:\n");
                w.write(LEVEL_2, "Name\tPort\tProtocol\n");
                w.write(LEVEL_2, "----\t----\t--------\n");
                for (JsonNode port : subset.path("ports")) {
                    String name = port.path("name").asText("");
                    w.write(LEVEL_2, (name.isEmpty() ? "<unset>" : name) + "\t" + port.path("port").asLong(0) + "\t"
                            + port.path("protocol").asText("") + "\n");
                }
            }
            w.write(LEVEL_0, "\n");
        }
        DescribeSections.events(w, related, now);
        return w.toString();
    }

    private static String ips(JsonNode addresses) {
        List<String> ips = new ArrayList<>();
        addresses.forEach(a -> ips.add(a.path("ip").asText("")));
        String joined = String.join(",", ips);
        return joined.isEmpty() ? "<none>" : joined;
    }
}
