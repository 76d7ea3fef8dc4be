package io.krmcp.output.describe;

import static io.krmcp.output.describe.PrefixWriter.LEVEL_0;
import static io.krmcp.output.describe.PrefixWriter.LEVEL_1;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

import io.krmcp.kube.model.KubeObject;

/** kubectl's {@code describeIngressClassV1}: its controller and, when set, the parameters object. */
public final class IngressClassDescriber implements Describer {

    @Override
    public String describe(JsonNode ic, Related related, Instant now) {
        PrefixWriter w = new PrefixWriter();
        w.write(LEVEL_0, "Name:\t" + KubeObject.name(ic) + "\n");
        DescribeSections.labels(w, "Labels", ic.path("metadata").path("labels"));
        DescribeSections.annotations(w, "Annotations", ic.path("metadata").path("annotations"));
        w.write(LEVEL_0, "Controller:\t" + ic.path("spec").path("controller").asText("") + "\n");
        JsonNode parameters = ic.path("spec").path("parameters");
        if (parameters.isObject()) {
            w.write(LEVEL_0, "Parameters:\n");
            if (parameters.hasNonNull("apiGroup")) {
                w.write(LEVEL_1, "APIGroup:\t" + parameters.path("apiGroup").asText() + "\n");
            }
            w.write(LEVEL_1, "Kind:\t" + parameters.path("kind").asText("") + "\n");
            w.write(LEVEL_1, "Name:\t" + parameters.path("name").asText("") + "\n");
        }
        DescribeSections.events(w, related, now);
        return w.toString();
    }
}
