package io.krmcp.output.describe;

import static io.krmcp.output.describe.PrefixWriter.LEVEL_0;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

/** kubectl's {@code describeServiceAccount}: the header, then its image pull secrets, one per line. */
public final class ServiceAccountDescriber implements Describer {

    private static final String PULL = "Image pull secrets:";
    private static final String BLANK = "                   ";

    @Override
    public String describe(JsonNode sa, Related related, Instant now) {
        PrefixWriter w = new PrefixWriter();
        DescribeSections.header(w, sa);
        JsonNode secrets = sa.path("imagePullSecrets");
        if (secrets.isEmpty()) {
            w.write(LEVEL_0, PULL + "\t<none>\n");
        }
        String prefix = PULL;
        for (JsonNode s : secrets) {
            w.write(LEVEL_0, prefix + "\t" + s.path("name").asText("") + "\n");
            prefix = BLANK;
        }
        DescribeSections.events(w, related, now);
        return w.toString();
    }
}
