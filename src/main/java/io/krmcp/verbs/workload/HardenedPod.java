package io.krmcp.verbs.workload;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The only pod shape {@code kubectl run} and the {@code run_image} tool create: no ServiceAccount token, no
 * privilege escalation, every capability dropped, the runtime's default seccomp profile, bounded resources, never
 * restarted (unless asked), killed by the kubelet once the call's deadline has passed, and labelled as ours so an
 * operator can find strays.
 */
public final class HardenedPod {

    public static final String MANAGED_BY = "app.kubernetes.io/managed-by";
    public static final String MANAGER = "kubernetes-remediation-mcp";
    static final Map<String, String> LIMITS = Map.of("cpu", "500m", "memory", "256Mi");
    static final Map<String, String> REQUESTS = Map.of("cpu", "50m", "memory", "64Mi");

    /**
     * @param command the container's entrypoint when {@code asCommand}, else its arguments; empty for the image's
     * @param lifetimeSeconds {@code activeDeadlineSeconds}: how long the kubelet lets the pod run at most
     */
    public record Spec(String name, String namespace, String image, List<String> command, boolean asCommand,
                       Map<String, String> env, Map<String, String> labels, int port, String restartPolicy,
                       long lifetimeSeconds) {
    }

    private HardenedPod() {
    }

    public static ObjectNode build(ObjectMapper json, Spec spec) {
        ObjectNode pod = json.createObjectNode();
        pod.put("apiVersion", "v1");
        pod.put("kind", "Pod");
        ObjectNode metadata = pod.putObject("metadata");
        metadata.put("name", spec.name());
        metadata.put("namespace", spec.namespace());
        ObjectNode labels = metadata.putObject("labels");
        labels.put("run", spec.name());
        spec.labels().forEach(labels::put);
        labels.put(MANAGED_BY, MANAGER);
        ObjectNode podSpec = pod.putObject("spec");
        podSpec.put("restartPolicy", spec.restartPolicy());
        podSpec.put("automountServiceAccountToken", false);
        podSpec.put("enableServiceLinks", false);
        if (spec.lifetimeSeconds() > 0) {
            podSpec.put("activeDeadlineSeconds", spec.lifetimeSeconds());
        }
        podSpec.putObject("securityContext").putObject("seccompProfile").put("type", "RuntimeDefault");
        ObjectNode container = podSpec.putArray("containers").addObject();
        container.put("name", spec.name());
        container.put("image", spec.image());
        if (!spec.command().isEmpty()) {
            ArrayNode values = container.putArray(spec.asCommand() ? "command" : "args");
            spec.command().forEach(values::add);
        }
        if (!spec.env().isEmpty()) {
            ArrayNode env = container.putArray("env");
            spec.env().forEach((k, v) -> env.addObject().put("name", k).put("value", v));
        }
        if (spec.port() > 0) {
            container.putArray("ports").addObject().put("containerPort", spec.port());
        }
        ObjectNode resources = container.putObject("resources");
        LIMITS.forEach(resources.putObject("limits")::put);
        REQUESTS.forEach(resources.putObject("requests")::put);
        ObjectNode security = container.putObject("securityContext");
        security.put("allowPrivilegeEscalation", false);
        security.put("privileged", false);
        security.putObject("capabilities").putArray("drop").add("ALL");
        return pod;
    }
}
