package io.krmcp.output.describe;

import static io.krmcp.output.describe.PrefixWriter.LEVEL_0;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

import io.krmcp.kube.model.Fields;
import io.krmcp.kube.model.KubeObject;

/** kubectl's {@code describePriorityClass}: value, default, preemption, description, annotations on one line. */
public final class PriorityClassDescriber implements Describer {

    @Override
    public String describe(JsonNode pc, Related related, Instant now) {
        PrefixWriter w = new PrefixWriter();
        w.write(LEVEL_0, "Name:\t" + KubeObject.name(pc) + "\n");
        w.write(LEVEL_0, "Value:\t" + pc.path("value").asLong(0) + "\n");
        w.write(LEVEL_0, "GlobalDefault:\t" + pc.path("globalDefault").asBoolean(false) + "\n");
        w.write(LEVEL_0, "PreemptionPolicy:\t" + pc.path("preemptionPolicy").asText("") + "\n");
        w.write(LEVEL_0, "Description:\t" + pc.path("description").asText("") + "\n");
        w.write(LEVEL_0, "Annotations:\t" + Fields.labels(pc.path("metadata").path("annotations")) + "\n");
        DescribeSections.events(w, related, now);
        return w.toString();
    }
}
