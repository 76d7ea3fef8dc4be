package io.krmcp.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.krmcp.kube.model.KubeObject;
import io.krmcp.output.Quantity;

/**
 * A stand-in for metrics-server: usage for every running container, derived from its requests (a stable share per
 * pod name, so output does not drift), in metrics-server's units (nanocores, KiB); a node uses its pods' sum plus a
 * fixed system share.
 */
final class DemoMetrics {

    static final String GROUP = "metrics.k8s.io";
    static final String VERSION = "v1beta1";
    private static final Pattern PATH = Pattern.compile("/apis/metrics\\.k8s\\.io/v1beta1(/namespaces/([a-z0-9-]+))?"
            + "/(pods|nodes)(/([a-z0-9.-]+))?(\\?(.*))?");
    private static final long SYSTEM_NANOCORES = 180_000_000L;
    private static final long SYSTEM_KIB = 900 * 1024L;

    private final ObjectMapper json;
    /** Lists stored objects: a collection path with its query to the list's items. */
    private final Function<String, JsonNode> list;

    DemoMetrics(ObjectMapper json, Function<String, JsonNode> list) {
        this.json = json;
        this.list = list;
    }

    /** The metrics document for a path, or empty when the path is not the metrics API; 404 for a missing name. */
    Optional<Answer> answer(String path) {
        Matcher m = PATH.matcher(path);
        if (!m.matches()) {
            return Optional.empty();
        }
        String namespace = m.group(2);
        boolean pods = m.group(3).equals("pods");
        String name = m.group(5);
        String query = m.group(7) == null ? "" : "?" + m.group(7);
        ArrayNode items = json.createArrayNode();
        if (pods) {
            for (JsonNode pod : list.apply("/api/v1" + (namespace == null ? "" : "/namespaces/" + namespace)
                    + "/pods" + query)) {
                podMetrics(pod).ifPresent(items::add);
            }
        } else {
            for (JsonNode node : list.apply("/api/v1/nodes" + query)) {
                items.add(nodeMetrics(node));
            }
        }
        if (name != null) {
            for (JsonNode item : items) {
                if (KubeObject.name(item).equals(name)) {
                    return Optional.of(new Answer(200, item.toString()));
                }
            }
            return Optional.of(new Answer(404, "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\","
                    + "\"reason\":\"NotFound\",\"code\":404,\"message\":\"" + (pods ? "podmetrics" : "nodemetrics")
                    + ".metrics.k8s.io \\\"" + name + "\\\" not found\"}"));
        }
        ObjectNode result = json.createObjectNode().put("kind", pods ? "PodMetricsList" : "NodeMetricsList")
                .put("apiVersion", GROUP + "/" + VERSION);
        result.putObject("metadata");
        result.set("items", items);
        return Optional.of(new Answer(200, result.toString()));
    }

    record Answer(int code, String body) {
    }

    private Optional<ObjectNode> podMetrics(JsonNode pod) {
        if (!pod.path("status").path("phase").asText().equals("Running")) {
            return Optional.empty();
        }
        ObjectNode metrics = header(pod, "PodMetrics");
        ArrayNode containers = metrics.putArray("containers");
        int share = 15 + Math.floorMod(KubeObject.name(pod).hashCode(), 50);
        for (JsonNode status : pod.path("status").path("containerStatuses")) {
            if (!status.path("state").has("running")) {
                continue;
            }
            String name = status.path("name").asText();
            JsonNode requests = json.missingNode();
            for (JsonNode c : pod.path("spec").path("containers")) {
                if (c.path("name").asText().equals(name)) {
                    requests = c.path("resources").path("requests");
                }
            }
            long nanocores = quantity(requests.path("cpu"), "50m").movePointRight(9).longValue() * share / 100;
            long kib = quantity(requests.path("memory"), "64Mi").longValue() / 1024 * share / 100;
            containers.addObject().put("name", name).putObject("usage").put("cpu", nanocores + "n")
                    .put("memory", kib + "Ki");
        }
        return containers.isEmpty() ? Optional.empty() : Optional.of(metrics);
    }

    private ObjectNode nodeMetrics(JsonNode node) {
        String name = KubeObject.name(node);
        long nanocores = SYSTEM_NANOCORES;
        long kib = SYSTEM_KIB;
        for (JsonNode pod : list.apply("/api/v1/pods")) {
            if (!pod.path("spec").path("nodeName").asText().equals(name)) {
                continue;
            }
            Optional<ObjectNode> metrics = podMetrics(pod);
            if (metrics.isPresent()) {
                for (JsonNode c : metrics.get().path("containers")) {
                    nanocores += Quantity.parse(c.path("usage").path("cpu").asText()).value().movePointRight(9)
                            .longValue();
                    kib += Quantity.parse(c.path("usage").path("memory").asText()).longValue() / 1024;
                }
            }
        }
        ObjectNode metrics = header(node, "NodeMetrics");
        metrics.putObject("usage").put("cpu", nanocores + "n").put("memory", kib + "Ki");
        return metrics;
    }

    private ObjectNode header(JsonNode object, String kind) {
        ObjectNode metrics = json.createObjectNode().put("kind", kind).put("apiVersion", GROUP + "/" + VERSION);
        ObjectNode metadata = metrics.putObject("metadata");
        metadata.put("name", KubeObject.name(object));
        if (object.path("metadata").has("namespace")) {
            metadata.put("namespace", KubeObject.namespace(object));
        }
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        metadata.put("creationTimestamp", now);
        if (object.path("metadata").has("labels")) {
            metadata.set("labels", object.path("metadata").path("labels"));
        }
        metrics.put("timestamp", now).put("window", "15s");
        return metrics;
    }

    private static BigDecimal quantity(JsonNode value, String otherwise) {
        return Quantity.parse(value.isMissingNode() ? otherwise : value.asText()).value();
    }
}
