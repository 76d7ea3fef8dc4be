package io.krmcp.output.describe;

import static io.krmcp.output.describe.PrefixWriter.LEVEL_0;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.krmcp.kube.model.Fields;
import io.krmcp.kube.model.KubeObject;

/** kubectl's {@code describeService}: selector, type, IPs, each port with its target and ready endpoints. */
public final class ServiceDescriber implements Describer {

    @Override
    public List<RelatedQuery> related(JsonNode service) {
        return List.of(EndpointSlices.query(KubeObject.namespace(service),
                KubeObject.name(service)));
    }

    @Override
    public String describe(JsonNode svc, Related related, Instant now) {
        PrefixWriter w = new PrefixWriter();
        JsonNode spec = svc.path("spec");
        w.write(LEVEL_0, "Name:\t" + KubeObject.name(svc) + "\n");
        w.write(LEVEL_0, "Namespace:\t" + KubeObject.namespace(svc) + "\n");
        DescribeSections.labels(w, "Labels", svc.path("metadata").path("labels"));
        DescribeSections.annotations(w, "Annotations", svc.path("metadata").path("annotations"));
        w.write(LEVEL_0, "Selector:\t" + Fields.labels(spec.path("selector")) + "\n");
        w.write(LEVEL_0, "Type:\t" + Fields.text(spec, "type") + "\n");
        DescribeSections.optional(w, "IP Family Policy", Fields.text(spec, "ipFamilyPolicy"));
        w.write(LEVEL_0, "IP Families:\t" + Fields.orNone(String.join(",", Fields.strings(spec.path("ipFamilies"))))
                + "\n");
        w.write(LEVEL_0, "IP:\t" + Fields.text(spec, "clusterIP") + "\n");
        w.write(LEVEL_0, "IPs:\t" + Fields.orNone(String.join(",", Fields.strings(spec.path("clusterIPs")))) + "\n");
        if (!spec.path("externalIPs").isEmpty()) {
            w.write(LEVEL_0, "External IPs:\t" + String.join(",", Fields.strings(spec.path("externalIPs"))) + "\n");
        }
        DescribeSections.optional(w, "Desired LoadBalancer IP", Fields.text(spec, "loadBalancerIP"));
        DescribeSections.optional(w, "External Name", Fields.text(spec, "externalName"));
        JsonNode ingress = svc.path("status").path("loadBalancer").path("ingress");
        if (!ingress.isEmpty()) {
            List<String> parts = new ArrayList<>();
            for (JsonNode i : ingress) {
                String ip = i.path("ip").asText("");
                String mode = i.path("ipMode").asText("");
                parts.add(ip.isEmpty() ? i.path("hostname").asText("") : ip + (mode.isEmpty() ? "" : " (" + mode + ")"));
            }
            w.write(LEVEL_0, "LoadBalancer Ingress:\t" + String.join(", ", parts) + "\n");
        }
        List<JsonNode> slices = EndpointSlices.of(related, KubeObject.name(svc));
        for (JsonNode port : spec.path("ports")) {
            String portName = port.path("name").asText("");
            String name = portName.isEmpty() ? "<unset>" : portName;
            String protocol = port.path("protocol").asText("TCP");
            w.write(LEVEL_0, "Port:\t" + name + "\t" + port.path("port").asInt() + "/" + protocol + "\n");
            JsonNode target = port.path("targetPort");
            String targetText = target.isMissingNode() ? String.valueOf(port.path("port").asInt()) : target.asText();
            w.write(LEVEL_0, "TargetPort:\t" + targetText + "/" + protocol + "\n");
            DescribeSections.optional(w, "AppProtocol", port.path("appProtocol").asText(""));
            if (port.path("nodePort").asInt(0) != 0) {
                w.write(LEVEL_0, "NodePort:\t" + name + "\t" + port.path("nodePort").asInt() + "/" + protocol + "\n");
            }
            w.write(LEVEL_0, "Endpoints:\t" + EndpointSlices.format(slices, portName) + "\n");
        }
        w.write(LEVEL_0, "Session Affinity:\t" + Fields.text(spec, "sessionAffinity") + "\n");
        DescribeSections.optional(w, "External Traffic Policy", Fields.text(spec, "externalTrafficPolicy"));
        DescribeSections.optional(w, "Internal Traffic Policy", Fields.text(spec, "internalTrafficPolicy"));
        if (spec.path("healthCheckNodePort").asInt(0) != 0) {
            w.write(LEVEL_0, "HealthCheck NodePort:\t" + spec.path("healthCheckNodePort").asInt() + "\n");
        }
        if (!spec.path("loadBalancerSourceRanges").isEmpty()) {
            w.write(LEVEL_0, "LoadBalancer Source Ranges:\t" + String.join(",",
                    Fields.strings(spec.path("loadBalancerSourceRanges"))) + "\n");
        }
        DescribeSections.optional(w, "Traffic Distribution", Fields.text(spec, "trafficDistribution"));
        DescribeSections.events(w, related, now);
        return w.toString();
    }
}
