package io.krmcp.output.table;

import static io.krmcp.output.table.SimpleColumns.age;
import static io.krmcp.output.table.SimpleColumns.col;
import static io.krmcp.output.table.SimpleColumns.name;
import static io.krmcp.output.table.SimpleColumns.wide;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.krmcp.kube.model.Fields;

/** kubectl's printers for Services and Ingresses. */
final class NetworkColumns {

    private NetworkColumns() {
    }

    static final KindColumns SERVICE = new SimpleColumns(
            List.of(col("NAME"), col("TYPE"), col("CLUSTER-IP"), col("EXTERNAL-IP"), col("PORT(S)"), col("AGE"),
                    wide("SELECTOR")),
            (o, now) -> List.of(name(o), Fields.text(o, "spec", "type"),
                    Fields.orNone(Fields.text(o, "spec", "clusterIP")), externalIp(o), ports(o), age(o, now),
                    Fields.labels(Fields.at(o, "spec", "selector"))));

    static final KindColumns INGRESS = new SimpleColumns(
            List.of(col("NAME"), col("CLASS"), col("HOSTS"), col("ADDRESS"), col("PORTS"), col("AGE")),
            (o, now) -> List.of(name(o), Fields.orNone(Fields.text(o, "spec", "ingressClassName")), hosts(o),
                    loadBalancer(Fields.at(o, "status", "loadBalancer"), true),
                    Fields.at(o, "spec", "tls").isEmpty() ? "80" : "80, 443", age(o, now)));

    private static String externalIp(JsonNode svc) {
        List<String> external = Fields.strings(Fields.at(svc, "spec", "externalIPs"));
        switch (Fields.text(svc, "spec", "type")) {
            case "ClusterIP", "NodePort" -> {
                return external.isEmpty() ? "<none>" : String.join(",", external);
            }
            case "LoadBalancer" -> {
                String lb = loadBalancer(Fields.at(svc, "status", "loadBalancer"), false);
                if (!external.isEmpty()) {
                    List<String> all = new ArrayList<>();
                    if (!lb.isEmpty()) {
                        all.addAll(List.of(lb.split(",")));
                    }
                    all.addAll(external);
                    return String.join(",", all);
                }
                return lb.isEmpty() ? "<pending>" : lb;
            }
            case "ExternalName" -> {
                return Fields.text(svc, "spec", "externalName");
            }
            default -> {
                return "<unknown>";
            }
        }
    }

    /** {@code loadBalancerStatusStringer}: IPs or hostnames; long lists cut to 16 characters outside wide output. */
    private static String loadBalancer(JsonNode status, boolean wide) {
        List<String> result = new ArrayList<>();
        for (JsonNode ingress : status.path("ingress")) {
            if (!ingress.path("ip").asText("").isEmpty()) {
                result.add(ingress.path("ip").asText());
            } else if (!ingress.path("hostname").asText("").isEmpty()) {
                result.add(ingress.path("hostname").asText());
            }
        }
        String r = String.join(",", result);
        if (!wide && r.length() > 16) {
            r = r.substring(0, 13) + "...";
        }
        return r;
    }

    private static String ports(JsonNode svc) {
        List<String> parts = new ArrayList<>();
        for (JsonNode p : Fields.at(svc, "spec", "ports")) {
            String protocol = p.path("protocol").asText("TCP");
            long nodePort = p.path("nodePort").asLong(0);
            parts.add(nodePort != 0 ? p.path("port").asLong() + ":" + nodePort + "/" + protocol
                    : p.path("port").asLong() + "/" + protocol);
        }
        return parts.isEmpty() ? "<none>" : String.join(",", parts);
    }

    private static String hosts(JsonNode ingress) {
        List<String> hosts = new ArrayList<>();
        for (JsonNode rule : Fields.at(ingress, "spec", "rules")) {
            if (!rule.path("host").asText("").isEmpty()) {
                hosts.add(rule.path("host").asText());
            }
        }
        if (hosts.isEmpty()) {
            return "*";
        }
        if (hosts.size() > 4) {
            return String.join(",", hosts.subList(0, 4)) + " + " + (hosts.size() - 4) + " more...";
        }
        return String.join(",", hosts);
    }
}
