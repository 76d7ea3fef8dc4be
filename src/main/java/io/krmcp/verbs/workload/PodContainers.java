package io.krmcp.verbs.workload;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import io.krmcp.kube.model.KubeObject;
import io.krmcp.verbs.VerbException;

/**
 * Which container a pod command ({@code exec}) addresses, as kubectl's {@code FindOrDefaultContainerByName}: the
 * one named (any kind), else the {@code kubectl.kubernetes.io/default-container} annotation's, else the first, with
 * a note when the pod has others.
 */
public final class PodContainers {

    public static final String DEFAULT_CONTAINER_ANNOTATION = "kubectl.kubernetes.io/default-container";

    private PodContainers() {
    }

    public static String choose(JsonNode pod, Optional<String> requested, StringBuilder notes) throws VerbException {
        List<String> regular = names(pod, "containers");
        List<String> init = names(pod, "initContainers");
        List<String> ephemeral = names(pod, "ephemeralContainers");
        if (regular.isEmpty()) {
            throw new VerbException("error: pod " + KubeObject.namespace(pod) + "/"
                    + KubeObject.name(pod) + " does not have any containers");
        }
        String name = requested.orElse(pod.path("metadata").path("annotations").path(DEFAULT_CONTAINER_ANNOTATION)
                .asText(""));
        if (!name.isEmpty()) {
            if (!regular.contains(name) && !init.contains(name) && !ephemeral.contains(name)) {
                throw new VerbException("error: container " + name + " is not valid for pod "
                        + KubeObject.name(pod) + " out of: " + all(regular, init, ephemeral));
            }
            return name;
        }
        if (regular.size() > 1 || !init.isEmpty() || !ephemeral.isEmpty()) {
            notes.append("Defaulted container \"").append(regular.get(0)).append("\" out of: ")
                    .append(all(regular, init, ephemeral)).append('\n');
        }
        return regular.get(0);
    }

    /** kubectl's {@code AllContainerNames}: regular, then ephemeral and init ones marked. */
    private static String all(List<String> regular, List<String> init, List<String> ephemeral) {
        List<String> described = new ArrayList<>(regular);
        ephemeral.forEach(c -> described.add(c + " (ephem)"));
        init.forEach(c -> described.add(c + " (init)"));
        return String.join(", ", described);
    }

    private static List<String> names(JsonNode pod, String field) {
        List<String> out = new ArrayList<>();
        pod.path("spec").path(field).forEach(c -> out.add(c.path("name").asText()));
        return out;
    }
}
