package io.krmcp.output.describe;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.krmcp.kube.model.Fields;
import io.krmcp.kube.model.KnownTypes;

/** kubectl's {@code formatEndpointSlices}: a Service port's ready endpoints, three at most, then {@code + N more...}. */
final class EndpointSlices {

    static final String KEY = "endpointslices";
    private static final int MAX = 3;

    private EndpointSlices() {
    }

    /** The slices of a Service, by the label the EndpointSlice controller sets. */
    static RelatedQuery query(String namespace, String service) {
        return RelatedQuery.list(KEY + "/" + service, KnownTypes.ENDPOINT_SLICES.collectionPath(namespace), Map.of("labelSelector", "kubernetes.io/service-name=" + service));
    }

    static List<JsonNode> of(Related related, String service) {
        List<JsonNode> slices = new ArrayList<>();
        for (JsonNode slice : related.items(KEY + "/" + service)) {
            if (service.equals(Fields.text(slice, "metadata", "labels", "kubernetes.io/service-name"))) {
                slices.add(slice);
            }
        }
        return slices;
    }

    /** @param portName the service port's name ({@code ""} for an unnamed port) */
    static String format(List<JsonNode> slices, String portName) {
        if (slices.isEmpty()) {
            return "<none>";
        }
        List<String> list = new ArrayList<>();
        boolean more = false;
        int count = 0;
        for (JsonNode slice : slices) {
            if (slice.path("ports").isEmpty()) {
                for (JsonNode e : slice.path("endpoints")) {
                    if (list.size() == MAX) {
                        more = true;
                    }
                    if (!ready(e)) {
                        continue;
                    }
                    if (!more) {
                        list.add(e.path("addresses").path(0).asText(""));
                    }
                    count++;
                }
                continue;
            }
            for (JsonNode port : slice.path("ports")) {
                if (!portName.equals(port.path("name").asText(""))) {
                    continue;
                }
                for (JsonNode e : slice.path("endpoints")) {
                    if (list.size() == MAX) {
                        more = true;
                    }
                    if (!ready(e)) {
                        continue;
                    }
                    if (!more) {
                        list.add(hostPort(e.path("addresses").path(0).asText(""), port.path("port").asInt()));
                    }
                    count++;
                }
            }
        }
        String joined = String.join(",", list);
        return more ? joined + " + " + (count - MAX) + " more..." : joined;
    }

    /** A missing {@code ready} condition means ready, as the EndpointSlice API defines it. */
    private static boolean ready(JsonNode endpoint) {
        JsonNode ready = endpoint.path("conditions").path("ready");
        return !ready.isBoolean() || ready.asBoolean();
    }

    /** Go's {@code net.JoinHostPort}: IPv6 addresses in brackets. */
    private static String hostPort(String host, int port) {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
